package org.qantar.rules.graph;

import org.qantar.model.Confidence;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The {@link GraphEvaluator}'s semantics for 64 worlds at once: every literal's "holds" is a
 * {@code long} whose bit {@code i} says whether it holds in world (lane) {@code i}. A claim fires in
 * the lanes where all its premises hold (an AND of words), so one pass over the claim graph serves
 * 64 worlds. {@code scenarios} evaluates every combination of up to 24 drivers; worlds that differ
 * only in six drivers share a batch, and the per-world cost falls to a small fraction of a scalar
 * evaluation (whose work is mostly bookkeeping, not logic).
 *
 * <p>Each stratum is the same least fixpoint as in {@link GraphEvaluator}, reached by a work list
 * of literals that gained lanes: a claim is looked at again when one of its premises gains a lane,
 * and its conclusion gains the lanes where the claim fires and nothing blocks it. Words only ever
 * gain bits, so this ends, and it ends at the least fixpoint of every lane at once. Cuts as in
 * {@link GraphEvaluator#evaluate(GraphEvaluator.Workspace)}: the possible strata are nested and
 * chained on from cut to cut; each established stratum is chained over its cut's claims only.
 *
 * <p>Thread-safe like {@link GraphEvaluator}: give each thread its own {@link Lanes}.
 */
public final class BitSlicedEvaluator {

    /** Lanes per batch: the bits of a {@code long}. */
    public static final int LANES = Long.SIZE;

    private final GraphEvaluator graph;
    /** By confidence ordinal: the claims of exactly that confidence (they join the possible stratum at their cut). */
    private final int[][] claimsAtLevel;

    public BitSlicedEvaluator(GraphEvaluator graph) {
        this.graph = graph;
        int cuts = Confidence.values().length;
        claimsAtLevel = new int[cuts][];
        for (int k = 0; k < cuts; k++) {
            int level = k;
            claimsAtLevel[k] = IntStream.range(0, graph.conclusion.length)
                    .filter(c -> graph.claimLevel[c] == level).toArray();
        }
    }

    /** Scratch space for one thread's batches, with the assumptions, lens and floor of {@code scalar}. */
    public Lanes newLanes(GraphEvaluator.Workspace scalar) {
        Lanes w = new Lanes(scalar.assumed.length, graph.sourceCount());
        for (int l = 0; l < scalar.assumed.length; l++) {
            w.assumed[l] = scalar.assumed[l] ? -1L : 0L;
        }
        System.arraycopy(scalar.counted, 0, w.counted, 0, w.counted.length);
        w.floor = scalar.floor;
        return w;
    }

    /** Everything a batch reads and writes, reused from batch to batch. */
    public static final class Lanes {
        /** Input: by literal index, the lanes in which the literal is assumed. */
        public final long[] assumed;
        /** Input: counted sources, by source index. */
        final boolean[] counted;
        /** Input: the weakest cut evaluated. */
        Confidence floor;
        /** Per cut (by confidence ordinal), per literal: the lanes in which it holds. */
        final long[][] possible;
        final long[][] established;
        /** The work list: a ring of literal indexes, each in it at most once ({@link #queued}). */
        final int[] queue;
        final boolean[] queued;
        int head;
        int size;

        Lanes(int literals, int sources) {
            int cuts = Confidence.values().length;
            assumed = new long[literals];
            counted = new boolean[sources];
            possible = new long[cuts][literals];
            established = new long[cuts][literals];
            queue = new int[literals];
            queued = new boolean[literals];
        }

        private void push(int l) {
            if (!queued[l]) {
                queued[l] = true;
                queue[(head + size++) % queue.length] = l;
            }
        }

        private int pop() {
            int l = queue[head];
            head = (head + 1) % queue.length;
            size--;
            queued[l] = false;
            return l;
        }
    }

    /** Evaluates all 64 lanes of {@code w}'s assumptions; read them with {@link #statusPlanes}. */
    public void evaluate(Lanes w) {
        int floor = w.floor.ordinal();
        possibleStrata(w, floor);
        for (int k = 0; k <= floor; k++) {
            if (k > 0 && !addsCountedClaims(w, k)) {
                System.arraycopy(w.established[k - 1], 0, w.established[k], 0, w.established[k].length);
            } else {
                establishedStratum(w, k);
            }
        }
    }

    private boolean addsCountedClaims(Lanes w, int k) {
        for (int s : graph.sourcesAtLevel[k]) {
            if (w.counted[s]) {
                return true;
            }
        }
        return false;
    }

    private void possibleStrata(Lanes w, int floor) {
        long[] holds = w.possible[0];
        System.arraycopy(w.assumed, 0, holds, 0, holds.length);
        queueHolding(w, holds);
        for (int k = 0; k <= floor; k++) {
            if (k > 0) {
                long[] stronger = holds;
                holds = w.possible[k];
                System.arraycopy(stronger, 0, holds, 0, holds.length);
            }
            // The claims that join at this cut, wherever their premises already hold; those of the
            // stronger cuts come back through the work list when a premise gains a lane.
            for (int c : claimsAtLevel[k]) {
                if (w.counted[graph.claimSource[c]]) {
                    gainPossible(w, c, allHold(graph.premises[c], holds), holds);
                }
            }
            int[][] withPremise = graph.cutClaimsWithPremise[k];
            while (w.size > 0) {
                for (int c : withPremise[w.pop()]) {
                    if (w.counted[graph.claimSource[c]]) {
                        gainPossible(w, c, allHold(graph.premises[c], holds), holds);
                    }
                }
            }
        }
    }

    /** Claim {@code c} fires in {@code lanes}: its conclusion becomes possible there, except where its opposite is assumed. */
    private void gainPossible(Lanes w, int c, long lanes, long[] holds) {
        int l = graph.conclusion[c];
        long gained = lanes & ~w.assumed[l ^ 1] & ~holds[l];
        if (gained != 0) {
            holds[l] |= gained;
            w.push(l);
        }
    }

    private void establishedStratum(Lanes w, int k) {
        long[] holds = w.established[k];
        long[] possible = w.possible[k];
        System.arraycopy(w.assumed, 0, holds, 0, holds.length);
        queueHolding(w, holds);
        for (int c : graph.cutUnconditional[k]) {
            if (w.counted[graph.claimSource[c]]) {
                gainEstablished(w, c, -1L, holds, possible);
            }
        }
        int[][] withPremise = graph.cutClaimsWithPremise[k];
        while (w.size > 0) {
            for (int c : withPremise[w.pop()]) {
                if (w.counted[graph.claimSource[c]]) {
                    gainEstablished(w, c, allHold(graph.premises[c], holds), holds, possible);
                }
            }
        }
    }

    /**
     * Claim {@code c}, of the cut, has its premises established in {@code lanes}: it fires where none
     * of its unless-literals is possible, and its conclusion holds where its opposite is not possible.
     */
    private void gainEstablished(Lanes w, int c, long lanes, long[] holds, long[] possible) {
        int l = graph.conclusion[c];
        long gained = lanes & ~anyHolds(graph.unless[c], possible) & ~possible[l ^ 1] & ~holds[l];
        if (gained != 0) {
            holds[l] |= gained;
            w.push(l);
        }
    }

    private static void queueHolding(Lanes w, long[] holds) {
        for (int l = 0; l < holds.length; l++) {
            if (holds[l] != 0) {
                w.push(l);
            }
        }
    }

    private static long allHold(int[] literals, long[] holds) {
        long all = -1L;
        for (int l : literals) {
            all &= holds[l];
        }
        return all;
    }

    private static long anyHolds(int[] literals, long[] holds) {
        long any = 0L;
        for (int l : literals) {
            any |= holds[l];
        }
        return any;
    }

    /**
     * The status of a proposition no lane assumes, in three bit planes: lane {@code i}'s status code
     * minus {@link GraphEvaluator#SUPPORTED_TRUE} (0 SUPPORTED true, 1 SUPPORTED false, 2 PLAUSIBLE
     * true, 3 PLAUSIBLE false, 4 CONTESTED, 5 OPEN) has bit {@code b} equal to bit {@code i} of
     * {@code planes[b]}. SUPPORTED at the strongest cut where established, else the weakest cut's
     * status, as {@link GraphEvaluator#statusCode}.
     */
    public static void statusPlanes(Lanes w, int p, long[] planes) {
        int t = 2 * p;
        int f = t + 1;
        long decided = 0;
        long supportedFalse = 0;
        int weakest = w.floor.ordinal();
        for (int k = 0; k <= weakest; k++) {
            long trueHere = w.established[k][t] & ~decided;
            supportedFalse |= w.established[k][f] & ~decided & ~trueHere;
            decided |= trueHere | w.established[k][f];
        }
        long open = ~decided;
        long possibleTrue = w.possible[weakest][t];
        long possibleFalse = w.possible[weakest][f];
        planes[0] = supportedFalse | (open & ~possibleTrue);
        planes[1] = open & (possibleTrue ^ possibleFalse);
        planes[2] = open & ~(possibleTrue ^ possibleFalse);
    }

    /** The {@link GraphEvaluator#statusCode} of proposition {@code p} in one lane of the last evaluation. */
    public static int statusCode(Lanes w, int p, int lane) {
        int t = 2 * p;
        int f = t + 1;
        if ((w.assumed[t] >>> lane & 1) != 0) {
            return GraphEvaluator.ASSUMED_TRUE;
        }
        if ((w.assumed[f] >>> lane & 1) != 0) {
            return GraphEvaluator.ASSUMED_FALSE;
        }
        long[] planes = new long[3];
        statusPlanes(w, p, planes);
        return GraphEvaluator.SUPPORTED_TRUE + (int) ((planes[0] >>> lane & 1) | (planes[1] >>> lane & 1) << 1
                | (planes[2] >>> lane & 1) << 2);
    }
}
