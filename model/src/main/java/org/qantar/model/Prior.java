package org.qantar.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A prior on a driver: either a fixed probability {@code p} that it holds, or an uncertain one,
 * Beta({@code alpha}, {@code beta}): the simulation draws p from it once per outer draw of worlds,
 * and the worlds of that draw take the driver from p. Beta parameters are at most
 * {@value #MAX_BETA_PARAMETER} each (alpha + beta counts imagined observations: more than a million
 * is no uncertainty at all, and beyond that the sampler loses precision).
 * In JSON: {@code {"p":0.3}} or {@code {"alpha":2.0,"beta":5.0}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Prior(Double p, Double alpha, Double beta) {

    /** What a driver without a prior counts as. */
    public static final Prior UNIFORM = new Prior(0.5, null, null);

    /** The largest beta parameter accepted. */
    public static final double MAX_BETA_PARAMETER = 1_000_000;

    public Prior {
        if (p != null) {
            if (alpha != null || beta != null) {
                throw new IllegalArgumentException("a prior is a probability or a beta distribution, not both");
            }
            if (!(p >= 0.0 && p <= 1.0)) {
                throw new IllegalArgumentException("a probability is between 0 and 1, got " + p);
            }
            p = p + 0.0; // -0.0 becomes 0.0, which prints as 0.00
        } else {
            if (alpha == null || beta == null) {
                throw new IllegalArgumentException("a beta prior needs both alpha and beta");
            }
            if (!(alpha > 0.0 && beta > 0.0 && alpha <= MAX_BETA_PARAMETER && beta <= MAX_BETA_PARAMETER)) {
                throw new IllegalArgumentException("beta parameters are numbers above 0 and at most 1,000,000, got "
                        + alpha + ", " + beta);
            }
        }
    }

    public static Prior probability(double p) {
        return new Prior(p, null, null);
    }

    public static Prior beta(double alpha, double beta) {
        return new Prior(null, alpha, beta);
    }

    @JsonIgnore
    public boolean isBeta() {
        return p == null;
    }

    /** The expected probability that the driver holds. */
    public double mean() {
        return p != null ? p : alpha / (alpha + beta);
    }

    @Override
    public String toString() {
        return p != null ? String.format(java.util.Locale.ROOT, "%.2f", p)
                : String.format(java.util.Locale.ROOT, "beta(%s, %s)", trim(alpha), trim(beta));
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
