package org.qantar.rules.compare;

import org.qantar.model.Confidence;
import org.qantar.rules.Status;

import java.util.Objects;

/**
 * One article position set against the current evaluation.
 *
 * @param stance the article's value for the proposition
 * @param status the proposition's current status
 * @param value  its current value; null when CONTESTED or OPEN
 */
public record PositionVerdict(String proposition, boolean stance, Confidence confidence, Status status,
                              Boolean value, Verdict verdict) {

    public PositionVerdict {
        Objects.requireNonNull(proposition, "proposition");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(verdict, "verdict");
    }
}
