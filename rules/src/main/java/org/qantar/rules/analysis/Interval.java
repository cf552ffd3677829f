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
        // The bounds at 0 and at all successes are exactly 0 and 1; the formula leaves rounding dust
        // there (1e-23, 1 - 1e-16), which would read as "possible" in JSON.
        double lower = successes == 0 ? 0.0 : Math.max(0.0, ci.getLowerBound());
        double upper = successes == trials ? 1.0 : Math.min(1.0, ci.getUpperBound());
        return new Interval(lower, upper);
    }

    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    @JsonValue
    double[] asArray() {
        return new double[] {lower, upper};
    }
}
