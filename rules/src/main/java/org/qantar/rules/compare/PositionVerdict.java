package org.qantar.rules.compare;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.qantar.model.Confidence;
import org.qantar.rules.Status;

import java.util.Objects;

/**
 * One article position set against the current evaluation.
 *
 * @param stance the article's value for the proposition
 * @param status the proposition's current status
 * @param value  its current value; null when CONTESTED or OPEN
 * @param diagnosticity how much the proposition tells the articles apart, in [0, 1] ({@link Diagnosticity})
 */
public record PositionVerdict(String proposition, boolean stance, Confidence confidence, Status status,
                              Boolean value, Verdict verdict, double diagnosticity) {

    public PositionVerdict {
        Objects.requireNonNull(proposition, "proposition");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(verdict, "verdict");
        if (diagnosticity < 0 || diagnosticity > 1) {
            throw new IllegalArgumentException("diagnosticity out of [0, 1]: " + diagnosticity);
        }
    }

    /** Whether this position counts in the diagnostic score (its proposition divides the articles). */
    @JsonIgnore
    public boolean isDiagnostic() {
        return diagnosticity > 0;
    }
}
