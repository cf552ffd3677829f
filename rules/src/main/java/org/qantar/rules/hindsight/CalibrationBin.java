package org.qantar.rules.hindsight;

import org.qantar.model.Confidence;

import java.util.Objects;

/**
 * How often stances at one confidence level held, against the probability the level stands for:
 * a well-calibrated source's "likely" stances hold about 70% of the time.
 *
 * @param scored positions at this level resolved true or false
 * @param held   of those, the ones whose stance held
 * @param rate   {@code held / scored} rounded to three decimals; null when nothing was scored
 */
public record CalibrationBin(Confidence confidence, double probability, int scored, int held, Double rate) {

    public CalibrationBin {
        Objects.requireNonNull(confidence, "confidence");
        if (held < 0 || held > scored) {
            throw new IllegalArgumentException("held " + held + " of " + scored);
        }
    }

    static CalibrationBin of(Confidence confidence, double probability, int scored, int held) {
        return new CalibrationBin(confidence, probability, scored, held,
                scored == 0 ? null : Math.round(1000.0 * held / scored) / 1000.0);
    }
}
