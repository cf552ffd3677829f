package org.qantar.rules.analysis;

import org.qantar.rules.graph.GraphEvaluator;

/**
 * The status code and strength code of some outcomes in the world a workspace holds, evaluated by
 * the {@link GraphEvaluator}, and remembered by the free drivers' values when there are few of them.
 *
 * <p>Why remember: a world is fixed by the free drivers' values (the assumptions, the record, the
 * lens and the floor are the same in every world of an analysis), so with n free drivers there are
 * only 2^n different worlds. The shipped knowledge base has 9 drivers: 512 worlds, while
 * {@code simulate} samples 100,000 and {@code sensitivity} evaluates eleven per sample. Each
 * distinct world is then evaluated once per thread and read back after; the numbers are the same
 * as evaluating every world. With many drivers (or fewer evaluations than worlds) nothing is kept.
 *
 * <p>One per thread, like the workspace it reads.
 */
final class WorldOutcomes {

    /** Above this many free drivers (2^16 worlds), worlds are evaluated every time. */
    static final int MAX_REMEMBERED_DRIVERS = 16;

    private final GraphEvaluator graph;
    private final int[] drivers;
    private final int[] outcomes;
    /** Per remembered world, then outcome: the status code and strength code. */
    private final byte[] status;
    private final byte[] strength;
    /** Per remembered world: evaluated already. Null when nothing is remembered. */
    private final boolean[] known;

    /**
     * @param outcomes    proposition indexes whose codes are read
     * @param evaluations about how many evaluations the analysis makes on one thread or more: worlds
     *                    are remembered only when there are fewer distinct ones than that
     */
    WorldOutcomes(Baseline baseline, int[] outcomes, long evaluations) {
        this.graph = baseline.graph();
        this.drivers = baseline.freeDrivers();
        this.outcomes = outcomes.clone();
        boolean remember = drivers.length <= MAX_REMEMBERED_DRIVERS && (1L << drivers.length) < evaluations;
        int worlds = remember ? 1 << drivers.length : 1;
        status = new byte[worlds * outcomes.length];
        strength = new byte[worlds * outcomes.length];
        known = remember ? new boolean[worlds] : null;
    }

    /**
     * Evaluates the world in {@code w} (all free drivers set), unless it was evaluated before.
     *
     * @return where its codes are: pass it to {@link #status} and {@link #strength}
     */
    int evaluate(GraphEvaluator.Workspace w) {
        int world = known == null ? 0 : key(w);
        if (known != null && known[world]) {
            return world * outcomes.length;
        }
        graph.evaluate(w);
        int at = world * outcomes.length;
        for (int o = 0; o < outcomes.length; o++) {
            status[at + o] = (byte) GraphEvaluator.statusCode(w, outcomes[o]);
            strength[at + o] = (byte) GraphEvaluator.strengthCode(w, outcomes[o]);
        }
        if (known != null) {
            known[world] = true;
        }
        return at;
    }

    /** The status code (see {@link GraphEvaluator#statusCode}) of the {@code o}-th outcome of the world at {@code at}. */
    int status(int at, int o) {
        return status[at + o];
    }

    /** The strength code (see {@link GraphEvaluator#strengthCode}) of the {@code o}-th outcome of the world at {@code at}. */
    int strength(int at, int o) {
        return strength[at + o];
    }

    /** Bit j: the value of the j-th free driver. */
    private int key(GraphEvaluator.Workspace w) {
        int key = 0;
        for (int j = 0; j < drivers.length; j++) {
            if (DriverSampler.get(w, drivers[j])) {
                key |= 1 << j;
            }
        }
        return key;
    }
}
