package org.qantar.rules.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/** A closed interval; in JSON the pair {@code [lower, upper]}. */
public record Interval(double lower, double upper) {

    /** The confidence level of every interval the analyses report. */
    public static final double CONFIDENCE = 0.95;

    public Interval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("empty interval [" + lower + ", " + upper + "]");
        }
    }

    /**
     * The Wilson score interval at 95% for {@code successes} out of {@code trials}: unlike the normal
     * approximation it stays inside [0, 1] and is honest near 0 and 1, where most statuses sit.
     */
    public static Interval wilson(int successes, int trials) {
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(trials, successes, CONFIDENCE);
        // Clamp the rounding dust of the formula (e.g. -1e-17 for 0 successes).
        return new Interval(Math.max(0.0, ci.getLowerBound()), Math.min(1.0, ci.getUpperBound()));
    }

    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    @JsonValue
    double[] asArray() {
        return new double[] {lower, upper};
    }
}
