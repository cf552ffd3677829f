package org.qantar.rules.analysis;

/**
 * How much each counted share varies from one outer draw of the Beta priors' p to the next, beyond
 * what the draw's own worlds would vary by chance: the between-draw variance of the per-draw shares
 * less their mean binomial variance (a method-of-moments estimate of the variance that the
 * uncertainty about p causes). Zero with fewer than two draws, or when no draw differs. Kept as
 * whole-number sums, so that threads may add their draws in any order and get the same result.
 */
final class DrawSpread {

    private final int worldsPerDraw;
    private final long[] sum;
    private final long[] sumOfSquares;
    private long draws;

    DrawSpread(int size, int worldsPerDraw) {
        this.worldsPerDraw = worldsPerDraw;
        this.sum = new long[size];
        this.sumOfSquares = new long[size];
    }

    /** Adds one whole draw's counts (each out of {@code worldsPerDraw} worlds). */
    void addDraw(int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            sum[i] += counts[i];
            sumOfSquares[i] += (long) counts[i] * counts[i];
        }
        draws++;
    }

    /** Adds another thread's draws. */
    void add(DrawSpread other) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.sum[i];
            sumOfSquares[i] += other.sumOfSquares[i];
        }
        draws += other.draws;
    }

    /** The standard deviation of share {@code i} that the uncertainty about p causes (0 if none). */
    double standardDeviation(int i) {
        if (draws < 2) {
            return 0.0;
        }
        double n = worldsPerDraw;
        double meanShare = sum[i] / (draws * n);
        double meanSquare = sumOfSquares[i] / (draws * n * n);
        double between = (meanSquare - meanShare * meanShare) * draws / (draws - 1);
        // E[f(1-f)] / (n-1) is the unbiased binomial variance of one draw's share.
        double chance = (meanShare - meanSquare) / (n - 1);
        return Math.sqrt(Math.max(0.0, between - chance));
    }
}
