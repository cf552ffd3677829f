package org.qantar.rules.hindsight;

import org.qantar.model.Confidence;

import java.util.Objects;

/**
 * One outcome position of an article against its resolution.
 *
 * @param probability the probability the article gives its stance ({@link ProbabilityMap})
 * @param resolution  how the proposition resolved; null when unresolved
 * @param on          when it resolved; null when unresolved
 * @param held        whether the stance held; null when unresolved or resolved {@code partly}
 * @param brier       {@code (probability − (held ? 1 : 0))²}, rounded to four decimals; null when {@code held} is
 */
public record ScoredPosition(String proposition, boolean stance, Confidence confidence, double probability,
                             ResolvedValue resolution, String on, Boolean held, Double brier) {

    public ScoredPosition {
        Objects.requireNonNull(proposition, "proposition");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** Scores {@code stance} at {@code probability} against {@code resolution} (null: unresolved). */
    static ScoredPosition of(String proposition, boolean stance, Confidence confidence, double probability,
                             Resolution resolution) {
        ResolvedValue value = resolution == null ? null : resolution.value();
        Boolean held = value == null ? null : value.asBoolean().map(v -> v == stance).orElse(null);
        Double brier = held == null ? null : round4(Math.pow(probability - (held ? 1 : 0), 2));
        return new ScoredPosition(proposition, stance, confidence, probability, value,
                resolution == null ? null : resolution.on(), held, brier);
    }

    private static double round4(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
