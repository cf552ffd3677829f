package org.qantar.rules.analysis;

import org.qantar.rules.graph.GraphEvaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Monte Carlo over the drivers' priors: each world draws the free drivers (the assumptions stay
 * fixed), is evaluated by the {@link GraphEvaluator}, and adds one count to each free outcome's
 * status-and-value. With Beta priors the worlds come in outer draws of p ({@link DriverSampler});
 * then each status-value's interval is the Wilson interval widened to ±1.96 times the spread of
 * its probability from draw to draw (the between-draw standard deviation, less the part the
 * worlds' own binomial noise explains), so that it carries the uncertainty about p. Worlds are cut into blocks of {@value #BLOCK}, each drawing from a generator of
 * its own seeded from (seed, block number), so the result depends on the seed and the sample count
 * only, never on the number of threads. The per-world loop allocates nothing, and with few free
 * drivers each distinct world is evaluated once ({@link WorldOutcomes}).
 */
public final class Simulation {

    /** Worlds per block: the unit of randomness and of work sharing. Changing it changes the numbers. */
    public static final int BLOCK = 1024;

    private final Baseline baseline;

    public Simulation(Baseline baseline) {
        this.baseline = baseline;
    }

    /** {@link #run(int, long, int, DoubleConsumer)} on every processor, without progress. */
    public SimulationResult run(int samples, long seed) {
        return run(samples, seed, Parallel.defaultThreads(), fraction -> { });
    }

    /**
     * Samples {@code samples} worlds.
     *
     * @param threads  worker threads (the result does not depend on it)
     * @param progress told the fraction of worlds done, from worker threads, one call at a time
     * @throws IllegalArgumentException if {@code samples} is below 1
     */
    public SimulationResult run(int samples, long seed, int threads, DoubleConsumer progress) {
        if (samples < 1) {
            throw new IllegalArgumentException("the number of samples must be at least 1, got " + samples);
        }
        int[] outcomes = baseline.freeOutcomes();
        int blocks = (int) ((samples + (long) BLOCK - 1) / BLOCK);
        List<Worker> workers = Parallel.run(blocks, threads, () -> new Worker(outcomes, samples, seed), progress);
        long[] counts = new long[outcomes.length * StatusValue.COUNT];
        long[] strengths = new long[outcomes.length * 2];
        DrawSpread spread = new DrawSpread(counts.length, DriverSampler.DRAW);
        for (Worker w : workers) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += w.counts[i];
            }
            for (int i = 0; i < strengths.length; i++) {
                strengths[i] += w.strengths[i];
            }
            spread.add(w.spread);
        }
        List<SimulationResult.OutcomeDistribution> result = new ArrayList<>();
        for (int o = 0; o < outcomes.length; o++) {
            result.add(SimulationResult.OutcomeDistribution.ofCounts(
                    baseline.id(outcomes[o]), counts, o * StatusValue.COUNT, samples, spread,
                    strengths[2 * o], strengths[2 * o + 1]));
        }
        return new SimulationResult(samples, seed, result);
    }

    /**
     * One thread: its workspace, sampler and counts (outcome-major, StatusValue-minor), and per
     * outcome the worlds where it is SUPPORTED at strength stated, and at least likely.
     */
    private final class Worker implements Parallel.Worker {
        private final int[] outcomes;
        private final int samples;
        private final long seed;
        private final GraphEvaluator.Workspace workspace = baseline.newWorkspace();
        private final DriverSampler sampler = new DriverSampler(baseline);
        private final WorldOutcomes worlds;
        private final long[] counts;
        private final long[] strengths;
        private final int[] drawCounts;
        private final DrawSpread spread;

        Worker(int[] outcomes, int samples, long seed) {
            this.outcomes = outcomes;
            this.samples = samples;
            this.seed = seed;
            this.counts = new long[outcomes.length * StatusValue.COUNT];
            this.strengths = new long[outcomes.length * 2];
            this.drawCounts = new int[counts.length];
            this.spread = new DrawSpread(counts.length, DriverSampler.DRAW);
            this.worlds = new WorldOutcomes(baseline, outcomes, samples);
        }

        @Override
        public void block(int block) {
            sampler.startBlock(BlockRandom.forBlock(seed, block));
            int width = StatusValue.COUNT;
            int end = (int) Math.min(samples, (long) (block + 1) * BLOCK);
            boolean drawsDiffer = sampler.anyBeta();
            for (int world = block * BLOCK; world < end; world++) {
                sampler.sampleInto(workspace);
                int at = worlds.evaluate(workspace);
                for (int o = 0; o < outcomes.length; o++) {
                    int code = worlds.status(at, o);
                    int i = o * width + StatusValue.indexOfCode(code);
                    counts[i]++;
                    drawCounts[i]++;
                    if (code == GraphEvaluator.SUPPORTED_TRUE || code == GraphEvaluator.SUPPORTED_FALSE) {
                        int strength = worlds.strength(at, o);
                        if (strength == 0) {
                            strengths[2 * o]++;
                        }
                        if (strength <= 1) {
                            strengths[2 * o + 1]++;
                        }
                    }
                }
                // Only whole draws measure the spread; a last partial one counts in the totals only.
                if (drawsDiffer && (world - block * BLOCK + 1) % DriverSampler.DRAW == 0) {
                    spread.addDraw(drawCounts);
                }
                if ((world - block * BLOCK + 1) % DriverSampler.DRAW == 0) {
                    java.util.Arrays.fill(drawCounts, 0);
                }
            }
            java.util.Arrays.fill(drawCounts, 0);
        }
    }
}
