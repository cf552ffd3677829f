package org.qantar.rules.analysis;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.qantar.model.Prior;
import org.qantar.rules.graph.GraphEvaluator;

/**
 * Draws the free drivers of one world from their priors, straight into a workspace. A fixed prior
 * p makes the driver true with probability p. A Beta(a, b) prior is uncertainty about p itself: p is
 * drawn from Beta(a, b) once per <em>draw</em> of {@value #DRAW} consecutive worlds (the outer
 * draw), and each world of that draw takes the driver from that p (the inner draws). Drawing p per
 * world instead would make Beta(a, b) exactly a fixed prior at its mean (code review §4.5); drawn
 * per draw, the outcomes' probabilities vary from draw to draw as much as the uncertainty about p
 * makes them vary, which {@link Simulation} reports in its intervals. Drivers are drawn in
 * knowledge-base order, each with the same number of draws whatever the outcome, so a world's
 * values depend only on the stream position. One instance per thread; {@link #startBlock} before
 * each block (a block is a whole number of draws).
 */
final class DriverSampler {

    private final int[] drivers;
    private final double[] fixedP;
    private final double[] alpha;
    private final double[] beta;
    private final BetaDistribution[] betas;
    private final double[] drawnP;
    private final boolean anyBeta;
    private RandomGenerator random;
    private int worldInBlock;

    /** Worlds per outer draw of the Beta priors' p; a block holds a whole number of them. */
    static final int DRAW = 128;

    DriverSampler(Baseline baseline) {
        drivers = baseline.freeDrivers();
        fixedP = new double[drivers.length];
        alpha = new double[drivers.length];
        beta = new double[drivers.length];
        betas = new BetaDistribution[drivers.length];
        drawnP = new double[drivers.length];
        boolean betaSeen = false;
        for (int i = 0; i < drivers.length; i++) {
            Prior prior = baseline.prior(i);
            if (prior.isBeta()) {
                fixedP[i] = Double.NaN;
                betaSeen = true;
                alpha[i] = prior.alpha();
                beta[i] = prior.beta();
            } else {
                fixedP[i] = prior.p();
            }
        }
        anyBeta = betaSeen;
    }

    /** Whether some free driver has a Beta prior (else every draw has the same p's). */
    boolean anyBeta() {
        return anyBeta;
    }

    /** Switches to a block's generator (allocates the beta samplers bound to it, once per block). */
    void startBlock(RandomGenerator blockRandom) {
        this.random = blockRandom;
        this.worldInBlock = 0;
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
        if (anyBeta && worldInBlock++ % DRAW == 0) {
            for (int i = 0; i < drivers.length; i++) {
                if (Double.isNaN(fixedP[i])) {
                    drawnP[i] = betas[i].sample();
                }
            }
        }
        for (int i = 0; i < drivers.length; i++) {
            double p = Double.isNaN(fixedP[i]) ? drawnP[i] : fixedP[i];
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
