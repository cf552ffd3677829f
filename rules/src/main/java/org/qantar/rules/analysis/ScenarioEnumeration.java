package org.qantar.rules.analysis;

import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.rules.graph.BitSlicedEvaluator;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Every combination of the chosen drivers, evaluated and grouped into distinct outcome profiles.
 * The assumptions stay fixed; free drivers that are not chosen stay unassumed (neither value: the
 * claims resting on them do not fire), which is what "the other drivers are open" means.
 *
 * <p>World {@code i} gives the {@code j}-th chosen driver the value of bit {@code j} of {@code i}.
 * Worlds are evaluated 64 at a time by the {@link BitSlicedEvaluator} (a world per bit), and their
 * profiles, read off as bit planes, are transposed into one key per world. Worlds are shared among
 * threads in fixed blocks and the profile statistics merge order-free, so the result is the same on
 * any number of threads. Not incremental from world to world (Gray-code order): a driver flipping
 * retracts conclusions from the possible stratum, and the established strata read the possible ones
 * negatively, so reusing the previous world's result would need truth maintenance, which is what the
 * Drools engine does and costs more per change than the 64-worlds-per-pass evaluation here.
 */
public final class ScenarioEnumeration {

    /** At most this many drivers (2^24 = 16,777,216 worlds). */
    public static final int MAX_DRIVERS = 24;

    /** Worlds per unit of work shared among threads: 64 batches of 64 lanes. */
    private static final int BLOCK = 1 << 12;

    /** Bit {@code i} of the {@code j}-th word is bit {@code j} of {@code i}: lane i's value of the j-th chosen driver, j < 6. */
    private static final long[] LANE_BITS = {
            0xAAAAAAAAAAAAAAAAL, 0xCCCCCCCCCCCCCCCCL, 0xF0F0F0F0F0F0F0F0L,
            0xFF00FF00FF00FF00L, 0xFFFF0000FFFF0000L, 0xFFFFFFFF00000000L};

    private final Baseline baseline;

    public ScenarioEnumeration(Baseline baseline) {
        this.baseline = baseline;
    }

    /** Every free driver, on every processor, without progress. */
    public EnumerationResult run() {
        return run(List.of(), Parallel.defaultThreads(), fraction -> { });
    }

    /**
     * Enumerates the chosen drivers.
     *
     * @param drivers  driver ids; empty means every free driver, in knowledge-base order; repeats are
     *                 dropped
     * @param progress told the fraction of worlds done, from worker threads, one call at a time
     * @throws IllegalArgumentException for an unknown id, a non-driver, an assumed driver, or more
     *                                  than {@value #MAX_DRIVERS} drivers
     */
    public EnumerationResult run(List<String> drivers, int threads, DoubleConsumer progress) {
        int[] chosen = choose(drivers);
        int[] outcomes = baseline.freeOutcomes();
        int words = ProfileTable.wordsFor(outcomes.length);
        int worlds = 1 << chosen.length;
        int blocks = (worlds + BLOCK - 1) / BLOCK;
        List<Worker> workers = Parallel.run(blocks, threads, () -> new Worker(chosen, outcomes, words, worlds), progress);
        // Merged into the largest table: its profiles are not inserted again.
        ProfileTable all = workers.stream().map(w -> w.table).max(Comparator.comparingInt(ProfileTable::size))
                .orElseThrow();
        for (Worker w : workers) {
            if (w.table != all) {
                all.addAll(w.table);
            }
        }
        return result(chosen, outcomes, worlds, all);
    }

    private int[] choose(List<String> drivers) {
        if (drivers.isEmpty()) {
            int[] free = baseline.freeDrivers();
            checkCount(free.length, "the free drivers");
            return free;
        }
        List<Integer> chosen = new ArrayList<>();
        for (String id : new LinkedHashSet<>(drivers)) {
            int p = baseline.index(id);
            Proposition prop = baseline.knowledgeBase().propositions().get(p);
            if (!prop.isDriver()) {
                throw new IllegalArgumentException("'" + id + "' is " + (prop.isFact() ? "a fact" : "an outcome")
                        + ": scenarios enumerate drivers only");
            }
            if (baseline.isAssumed(p)) {
                throw new IllegalArgumentException("'" + id + "' is assumed, so it is held fixed: unassume it to enumerate it");
            }
            chosen.add(p);
        }
        checkCount(chosen.size(), "these drivers");
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void checkCount(int n, String what) {
        if (n > MAX_DRIVERS) {
            NumberFormat f = NumberFormat.getIntegerInstance(Locale.ROOT);
            throw new IllegalArgumentException(n + " drivers make 2^" + n + " = " + f.format(1L << n)
                    + " worlds, more than the " + f.format(1L << MAX_DRIVERS) + " (2^" + MAX_DRIVERS
                    + ") allowed: choose at most " + MAX_DRIVERS + " drivers, or assume some");
        }
    }

    private EnumerationResult result(int[] chosen, int[] outcomes, int worlds, ProfileTable table) {
        List<String> outcomeIds = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        for (int o = 0; o < outcomes.length; o++) {
            outcomeIds.add(baseline.id(outcomes[o]));
            position.putIfAbsent(baseline.id(outcomes[o]), o);
        }
        List<String> ids = List.copyOf(outcomeIds);
        String[] whenTrue = new String[chosen.length];
        String[] whenFalse = new String[chosen.length];
        for (int j = 0; j < chosen.length; j++) {
            whenTrue[j] = new Literal(baseline.id(chosen[j]), true).toString();
            whenFalse[j] = new Literal(baseline.id(chosen[j]), false).toString();
        }
        long[] keys = table.keys();
        int words = table.words();
        List<EnumerationResult.Profile> profiles = new ArrayList<>(table.size());
        for (int e : largestFirst(table, worlds)) {
            Map<String, StatusValue> profile = new ProfileOutcomes(ids, position, keys, e * words, words / ProfileTable.PLANES);
            int first = table.firstWorld(e);
            List<String> representative = new DriverLiterals(whenTrue, whenFalse, -1, first);
            List<String> conditions = new DriverLiterals(whenTrue, whenFalse, table.allOnes(e) | table.allZeros(e),
                    table.allOnes(e));
            profiles.add(new EnumerationResult.Profile(table.count(e), (double) table.count(e) / worlds,
                    profile, representative, conditions));
        }
        List<String> chosenIds = new ArrayList<>();
        for (int p : chosen) {
            chosenIds.add(baseline.id(p));
        }
        List<String> left = new ArrayList<>();
        for (int p : baseline.freeDrivers()) {
            if (!chosenIds.contains(baseline.id(p))) {
                left.add(baseline.id(p));
            }
        }
        return new EnumerationResult(chosenIds, left, worlds, profiles);
    }

    /**
     * The table's entries, most worlds first, ties broken by the earliest world (each world is in one
     * profile only, so that order is total). Sorted as packed longs, not boxed indexes: there may be
     * a million profiles. First the entries ranked by first world, then (worlds - count, rank).
     */
    private static int[] largestFirst(ProfileTable table, int worlds) {
        int n = table.size();
        long[] byWorld = new long[n];
        for (int e = 0; e < n; e++) {
            byWorld[e] = (long) table.firstWorld(e) << 32 | e;
        }
        Arrays.sort(byWorld);
        long[] byCount = new long[n];
        for (int rank = 0; rank < n; rank++) {
            int e = (int) byWorld[rank];
            byCount[rank] = (worlds - table.count(e)) << 32 | rank;
        }
        Arrays.sort(byCount);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) byWorld[(int) byCount[i]];
        }
        return order;
    }

    /**
     * One thread: its lanes, key buffers and own profile table. Worlds go 64 at a time through the
     * bit-sliced evaluator: world {@code base + i} is lane {@code i}, so the first six chosen drivers
     * vary across the lanes and the others are the same in all of them.
     */
    private final class Worker implements Parallel.Worker {
        private final int[] chosen;
        private final int[] outcomes;
        private final int worlds;
        private final BitSlicedEvaluator evaluator;
        private final BitSlicedEvaluator.Lanes lanes;
        private final long[] planes = new long[ProfileTable.PLANES];
        /** Per plane and 64-outcome block: rows by outcome (bits by lane), then, transposed, by lane. */
        private final long[][][] rows;
        private final int blocks;
        private final long[] key;
        private final ProfileTable table;

        Worker(int[] chosen, int[] outcomes, int words, int worlds) {
            this.chosen = chosen;
            this.outcomes = outcomes;
            this.worlds = worlds;
            this.evaluator = new BitSlicedEvaluator(baseline.graph());
            this.lanes = evaluator.newLanes(baseline.newWorkspace());
            this.blocks = words / ProfileTable.PLANES;
            this.rows = new long[ProfileTable.PLANES][blocks][BitSlicedEvaluator.LANES];
            this.key = new long[words];
            this.table = new ProfileTable(words);
        }

        @Override
        public void block(int block) {
            int end = Math.min(worlds, (block + 1) * BLOCK);
            for (int base = block * BLOCK; base < end; base += BitSlicedEvaluator.LANES) {
                batch(base, Math.min(BitSlicedEvaluator.LANES, end - base));
            }
        }

        private void batch(int base, int count) {
            for (int j = 0; j < chosen.length; j++) {
                long whenTrue = j < LANE_BITS.length ? LANE_BITS[j] : -(long) (base >>> j & 1);
                lanes.assumed[2 * chosen[j]] = whenTrue;
                lanes.assumed[2 * chosen[j] + 1] = ~whenTrue;
            }
            evaluator.evaluate(lanes);
            for (int o = 0; o < blocks * Long.SIZE; o++) {
                // Past the last outcome, zero rows: the padding bits of every key stay 0.
                if (o < outcomes.length) {
                    BitSlicedEvaluator.statusPlanes(lanes, outcomes[o], planes);
                } else {
                    Arrays.fill(planes, 0L);
                }
                for (int b = 0; b < ProfileTable.PLANES; b++) {
                    rows[b][o / Long.SIZE][o % Long.SIZE] = planes[b];
                }
            }
            for (long[][] plane : rows) {
                for (long[] square : plane) {
                    transpose(square);
                }
            }
            for (int i = 0; i < count; i++) {
                for (int b = 0; b < ProfileTable.PLANES; b++) {
                    for (int ob = 0; ob < blocks; ob++) {
                        key[b * blocks + ob] = rows[b][ob][i];
                    }
                }
                table.add(key, base + i);
            }
        }
    }

    /**
     * Transposes a 64 × 64 bit matrix in place: bit {@code j} of {@code m[i]} becomes bit {@code i}
     * of {@code m[j]}. Swaps the off-diagonal blocks of halves, then quarters, down to single bits
     * (six rounds of 32 word operations instead of 4,096 bit moves).
     */
    static void transpose(long[] m) {
        long mask = 0x00000000FFFFFFFFL;
        for (int j = 32; j != 0; j >>= 1, mask ^= mask << j) {
            for (int k = 0; k < 64; k = ((k | j) + 1) & ~j) {
                long t = ((m[k] >>> j) ^ m[k | j]) & mask;
                m[k] ^= t << j;
                m[k | j] ^= t;
            }
        }
    }
}
