package org.qantar.rules.analysis;

import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.rules.graph.GraphEvaluator;

import java.text.NumberFormat;
import java.util.ArrayList;
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
 * Worlds are shared among threads in fixed blocks and the profile statistics merge order-free, so
 * the result is the same on any number of threads.
 */
public final class ScenarioEnumeration {

    /** At most this many drivers (2^24 = 16,777,216 worlds). */
    public static final int MAX_DRIVERS = 24;

    private static final int BLOCK = 1 << 12;

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
        ProfileTable all = new ProfileTable(words);
        for (Worker w : workers) {
            all.addAll(w.table);
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
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < table.size(); e++) {
            order.add(e);
        }
        order.sort(Comparator.comparingLong((Integer e) -> -table.count(e)).thenComparingInt(table::firstWorld));
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
        List<EnumerationResult.Profile> profiles = new ArrayList<>();
        for (int e : order) {
            byte[] values = new byte[outcomes.length];
            for (int o = 0; o < outcomes.length; o++) {
                values[o] = (byte) table.field(e, o);
            }
            Map<String, StatusValue> profile = new ProfileOutcomes(ids, position, values);
            List<String> representative = new ArrayList<>(chosen.length);
            List<String> conditions = new ArrayList<>();
            for (int j = 0; j < chosen.length; j++) {
                representative.add((table.firstWorld(e) >>> j & 1) == 1 ? whenTrue[j] : whenFalse[j]);
                if ((table.allOnes(e) >>> j & 1) == 1) {
                    conditions.add(whenTrue[j]);
                } else if ((table.allZeros(e) >>> j & 1) == 1) {
                    conditions.add(whenFalse[j]);
                }
            }
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

    /** One thread: a workspace, a key buffer and its own profile table. */
    private final class Worker implements Parallel.Worker {
        private final int[] chosen;
        private final int[] outcomes;
        private final int worlds;
        private final GraphEvaluator.Workspace workspace = baseline.newWorkspace();
        private final long[] key;
        private final ProfileTable table;

        Worker(int[] chosen, int[] outcomes, int words, int worlds) {
            this.chosen = chosen;
            this.outcomes = outcomes;
            this.worlds = worlds;
            this.key = new long[words];
            this.table = new ProfileTable(words);
        }

        @Override
        public void block(int block) {
            GraphEvaluator graph = baseline.graph();
            int end = Math.min(worlds, (block + 1) * BLOCK);
            for (int world = block * BLOCK; world < end; world++) {
                for (int j = 0; j < chosen.length; j++) {
                    DriverSampler.set(workspace, chosen[j], (world >>> j & 1) == 1);
                }
                graph.evaluate(workspace);
                java.util.Arrays.fill(key, 0L);
                for (int o = 0; o < outcomes.length; o++) {
                    ProfileTable.pack(key, o, StatusValue.indexOfCode(GraphEvaluator.statusCode(workspace, outcomes[o])));
                }
                table.add(key, world);
            }
        }
    }
}
