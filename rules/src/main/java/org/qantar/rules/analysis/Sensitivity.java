package org.qantar.rules.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * How much each free driver moves one target: P(target SUPPORTED | driver) − P(target SUPPORTED |
 * !driver), the other free drivers drawn from their priors and the assumptions held fixed.
 *
 * <p>Both arms use common random numbers: each sampled world is evaluated as drawn, then once more
 * with each driver flipped, so the two arms of a driver differ in that driver alone (a world as
 * drawn is one arm of every driver; the flip is the other). That cancels most of the sampling
 * noise of the difference, and costs one evaluation per driver per world instead of two. Blocks
 * and seeding are those of {@link Simulation}: the same seed gives the same numbers on any number
 * of threads.
 */
public final class Sensitivity {

    private static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private final Baseline baseline;

    public Sensitivity(Baseline baseline) {
        this.baseline = baseline;
    }

    /** {@link #run(Literal, int, long, int, DoubleConsumer)} on every processor, without progress. */
    public SensitivityResult run(Literal target, int samples, long seed) {
        return run(target, samples, seed, Parallel.defaultThreads(), fraction -> { });
    }

    /**
     * Measures every free driver's effect on {@code target} being SUPPORTED with its value.
     *
     * @throws IllegalArgumentException if the target is unknown, assumed, or a driver (drivers are
     *                                  what is varied), or {@code samples} is below 2
     */
    public SensitivityResult run(Literal target, int samples, long seed, int threads, DoubleConsumer progress) {
        int t = baseline.index(target.proposition());
        Proposition p = baseline.knowledgeBase().propositions().get(t);
        if (baseline.isRecordHeld(t)) {
            throw new IllegalArgumentException("'" + p.id() + "' is a recorded fact, so nothing moves it: name an outcome");
        }
        if (baseline.isAssumed(t)) {
            throw new IllegalArgumentException("'" + p.id() + "' is assumed, so nothing moves it: unassume it first");
        }
        if (p.isDriver()) {
            throw new IllegalArgumentException("'" + p.id() + "' is a driver: sensitivity shows how drivers move an outcome; name an outcome");
        }
        if (samples < 2) {
            throw new IllegalArgumentException("the number of samples must be at least 2, got " + samples);
        }
        int supportedCode = target.value() ? GraphEvaluator.SUPPORTED_TRUE : GraphEvaluator.SUPPORTED_FALSE;
        int blocks = (int) ((samples + (long) Simulation.BLOCK - 1) / Simulation.BLOCK);
        List<Worker> workers = Parallel.run(blocks, threads, () -> new Worker(t, supportedCode, samples, seed), progress);

        int[] drivers = baseline.freeDrivers();
        long supported = 0;
        long[] trueHits = new long[drivers.length];
        long[] falseHits = new long[drivers.length];
        long[] discordant = new long[drivers.length];
        for (Worker w : workers) {
            supported += w.supported;
            for (int i = 0; i < drivers.length; i++) {
                trueHits[i] += w.trueHits[i];
                falseHits[i] += w.falseHits[i];
                discordant[i] += w.discordant[i];
            }
        }
        List<SensitivityResult.DriverEffect> effects = new ArrayList<>();
        for (int i = 0; i < drivers.length; i++) {
            effects.add(effect(baseline.id(drivers[i]), trueHits[i], falseHits[i], discordant[i], samples));
        }
        effects.sort(Comparator.comparingDouble((SensitivityResult.DriverEffect e) -> -Math.abs(e.effect())));
        return new SensitivityResult(target.toString(), samples, seed, (double) supported / samples, effects);
    }

    /**
     * The paired difference per world is +1, 0 or −1; its mean is the effect, and its variance
     * follows from the counts: E[d²] is the share of worlds where the two arms disagree.
     */
    private static SensitivityResult.DriverEffect effect(String driver, long trueHits, long falseHits,
                                                         long discordant, int n) {
        double mean = (double) (trueHits - falseHits) / n;
        double variance = Math.max(0.0, ((double) discordant / n - mean * mean) * n / (n - 1));
        double half = Z95 * Math.sqrt(variance / n);
        Interval ci = new Interval(Math.max(-1.0, mean - half), Math.min(1.0, mean + half));
        return new SensitivityResult.DriverEffect(driver, (double) trueHits / n, (double) falseHits / n, mean, ci);
    }

    /** One thread: a workspace, a sampler, and per-driver counts. */
    private final class Worker implements Parallel.Worker {
        private final int target;
        private final int supportedCode;
        private final int samples;
        private final long seed;
        private final GraphEvaluator.Workspace workspace = baseline.newWorkspace();
        private final DriverSampler sampler = new DriverSampler(baseline);
        private final WorldOutcomes worlds;
        private final long[] trueHits;
        private final long[] falseHits;
        private final long[] discordant;
        private long supported;

        Worker(int target, int supportedCode, int samples, long seed) {
            this.target = target;
            this.supportedCode = supportedCode;
            this.samples = samples;
            this.seed = seed;
            int n = sampler.driverCount();
            worlds = new WorldOutcomes(baseline, new int[]{target}, (long) samples * (n + 1));
            trueHits = new long[n];
            falseHits = new long[n];
            discordant = new long[n];
        }

        @Override
        public void block(int block) {
            sampler.startBlock(BlockRandom.forBlock(seed, block));
            int end = (int) Math.min(samples, (long) (block + 1) * Simulation.BLOCK);
            for (int world = block * Simulation.BLOCK; world < end; world++) {
                sampler.sampleInto(workspace);
                boolean asDrawn = supportedIn();
                if (asDrawn) {
                    supported++;
                }
                for (int i = 0; i < sampler.driverCount(); i++) {
                    int d = sampler.driver(i);
                    boolean drawn = DriverSampler.get(workspace, d);
                    DriverSampler.set(workspace, d, !drawn);
                    boolean flipped = supportedIn();
                    DriverSampler.set(workspace, d, drawn);
                    boolean whenTrue = drawn ? asDrawn : flipped;
                    boolean whenFalse = drawn ? flipped : asDrawn;
                    if (whenTrue) {
                        trueHits[i]++;
                    }
                    if (whenFalse) {
                        falseHits[i]++;
                    }
                    if (whenTrue != whenFalse) {
                        discordant[i]++;
                    }
                }
            }
        }

        private boolean supportedIn() {
            return worlds.status(worlds.evaluate(workspace), 0) == supportedCode;
        }
    }
}
