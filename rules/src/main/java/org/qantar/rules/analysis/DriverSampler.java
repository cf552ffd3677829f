package org.qantar.rules.analysis;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.qantar.model.Prior;
import org.qantar.rules.graph.GraphEvaluator;

/**
 * Draws the free drivers of one world from their priors, straight into a workspace. A fixed prior
 * p makes the driver true with probability p; a Beta(a, b) prior first draws p from Beta(a, b), per
 * world and per driver, then the driver from p. Drivers are drawn in knowledge-base order, each
 * with the same number of draws whatever the outcome, so a world's values depend only on the
 * stream position. One instance per thread; {@link #startBlock} before each block.
 */
final class DriverSampler {

    private final int[] drivers;
    private final double[] fixedP;
    private final double[] alpha;
    private final double[] beta;
    private final BetaDistribution[] betas;
    private RandomGenerator random;

    DriverSampler(Baseline baseline) {
        drivers = baseline.freeDrivers();
        fixedP = new double[drivers.length];
        alpha = new double[drivers.length];
        beta = new double[drivers.length];
        betas = new BetaDistribution[drivers.length];
        for (int i = 0; i < drivers.length; i++) {
            Prior prior = baseline.prior(i);
            if (prior.isBeta()) {
                fixedP[i] = Double.NaN;
                alpha[i] = prior.alpha();
                beta[i] = prior.beta();
            } else {
                fixedP[i] = prior.p();
            }
        }
    }

    /** Switches to a block's generator (allocates the beta samplers bound to it, once per block). */
    void startBlock(RandomGenerator blockRandom) {
        this.random = blockRandom;
        for (int i = 0; i < drivers.length; i++) {
            if (Double.isNaN(fixedP[i])) {
                betas[i] = new BetaDistribution(blockRandom, alpha[i], beta[i]);
            }
        }
    }

    int driverCount() {
        return drivers.length;
    }

    /** Proposition index of the {@code i}-th free driver. */
    int driver(int i) {
        return drivers[i];
    }

    /** Draws the next world's drivers into {@code w.assumed}, overwriting the previous world's. */
    void sampleInto(GraphEvaluator.Workspace w) {
        for (int i = 0; i < drivers.length; i++) {
            double p = Double.isNaN(fixedP[i]) ? betas[i].sample() : fixedP[i];
            set(w, drivers[i], random.nextDouble() < p);
        }
    }

    /** Assumes proposition {@code p} with {@code value} in {@code w}. */
    static void set(GraphEvaluator.Workspace w, int p, boolean value) {
        w.assumed[2 * p] = value;
        w.assumed[2 * p + 1] = !value;
    }

    /** The value proposition {@code p} is assumed with in {@code w} (it must be assumed). */
    static boolean get(GraphEvaluator.Workspace w, int p) {
        return w.assumed[2 * p];
    }
}
