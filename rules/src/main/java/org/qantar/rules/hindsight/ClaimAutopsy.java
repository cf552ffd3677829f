package org.qantar.rules.hindsight;

import org.qantar.model.Confidence;

import java.util.Objects;

/**
 * One claim against the record.
 *
 * @param reasoning the claim as {@code a, !b => c unless d}
 * @param reason    why the verdict, in one line naming the deciding proposition
 */
public record ClaimAutopsy(String claim, String source, Confidence confidence, String reasoning,
                           AutopsyVerdict verdict, String reason) {

    public ClaimAutopsy {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
