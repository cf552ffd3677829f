package org.qantar.rules.graph;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Status;
import org.qantar.rules.KnowledgeBaseIndex;
import org.qantar.rules.Strata;
import org.qantar.rules.StrataFlags;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plain-Java evaluator of the same semantics as the Drools engine, over the claim graph that the
 * DRL reads as ({@link KnowledgeBase#claims()}). It is the oracle of the differential tests and the
 * workhorse of bulk analysis: literals and claims are compiled to int indexes, and a
 * {@link Workspace} is reused across worlds so that evaluating one allocates nothing.
 *
 * <p>Each stratum is a monotone fixpoint, computed by forward chaining over premise counters (as
 * for Horn clauses): a claim fires once the last of its premises holds, and a literal that starts
 * to hold is queued once to count down the claims it is a premise of. That is linear in the size
 * of the claim graph, cycles included, and reaches the same least fixpoint as repeating passes
 * over every claim until nothing changes.
 *
 * <p>Confidence cuts: the k-cut counts the claims of confidence at least k; both strata are
 * computed on each cut from {@code stated} down to the workspace's floor, and the status combines
 * them as DESIGN.md defines (SUPPORTED at the strongest cut where established, else the weakest
 * cut's status).
 *
 * <p>Literal index: {@code 2 * propositionIndex} for true, {@code 2 * propositionIndex + 1} for false.
 * Thread-safe: the compiled graph is immutable; give each thread its own workspace.
 */
public final class GraphEvaluator {

    /** Status codes of {@link #statusCode}: a status and, where it has one, its value. */
    public static final int ASSUMED_TRUE = 0, ASSUMED_FALSE = 1, SUPPORTED_TRUE = 2, SUPPORTED_FALSE = 3,
            PLAUSIBLE_TRUE = 4, PLAUSIBLE_FALSE = 5, CONTESTED = 6, OPEN = 7;

    private final KnowledgeBase kb;
    // The compiled graph below is package-private for BitSlicedEvaluator, which chains over the same
    // arrays 64 worlds at a time; neither class writes them after construction.
    private final Map<String, Integer> propositionIndex = new HashMap<>();
    private final Map<String, Integer> sourceIndex = new HashMap<>();
    final int[][] premises;
    final int[][] unless;
    final int[] conclusion;
    final int[] claimSource;
    /** Per claim: its confidence ordinal; the claim is in cut k when this is at most k. */
    final int[] claimLevel;
    /** Distinct premises per claim: the counter a claim starts from. */
    private final int[] premiseCount;
    /** By literal index: the claims having that literal as a premise. */
    private final int[][] claimsWithPremise;
    /** Claims without premises: they fire as soon as they count. */
    final int[] unconditional;
    /** By cut, then literal index: the claims of the cut having that literal as a premise. */
    final int[][][] cutClaimsWithPremise;
    /** By cut: the claims of the cut without premises. */
    final int[][] cutUnconditional;
    /** By confidence ordinal: the source indexes having claims of exactly that confidence. */
    final int[][] sourcesAtLevel;

    public GraphEvaluator(KnowledgeBase kb) {
        this.kb = kb;
        List<Proposition> props = kb.propositions();
        for (int i = 0; i < props.size(); i++) {
            propositionIndex.putIfAbsent(props.get(i).id(), i);
        }
        for (int i = 0; i < kb.sources().size(); i++) {
            sourceIndex.put(kb.sources().get(i).id(), i);
        }
        List<Claim> claims = kb.claims();
        premises = new int[claims.size()][];
        unless = new int[claims.size()][];
        conclusion = new int[claims.size()];
        claimSource = new int[claims.size()];
        claimLevel = new int[claims.size()];
        for (int c = 0; c < claims.size(); c++) {
            Claim claim = claims.get(c);
            premises[c] = claim.premises().stream().mapToInt(this::literalIndex).toArray();
            unless[c] = claim.unless().stream().mapToInt(this::literalIndex).toArray();
            conclusion[c] = literalIndex(claim.conclusion());
            claimSource[c] = sourceIndex(claim.source());
            // A claim without a confidence cannot be read from its rule; count it as the weakest.
            claimLevel[c] = claim.confidence() == null ? Confidence.POSSIBLE.ordinal() : claim.confidence().ordinal();
        }
        premiseCount = new int[claims.size()];
        List<List<Integer>> byPremise = new java.util.ArrayList<>();
        for (int l = 0; l < 2 * props.size(); l++) {
            byPremise.add(new java.util.ArrayList<>());
        }
        List<Integer> none = new java.util.ArrayList<>();
        for (int c = 0; c < claims.size(); c++) {
            // A premise written twice is one condition: count it once, or its counter never reaches zero.
            int[] distinct = java.util.Arrays.stream(premises[c]).distinct().toArray();
            premiseCount[c] = distinct.length;
            for (int l : distinct) {
                byPremise.get(l).add(c);
            }
            if (distinct.length == 0) {
                none.add(c);
            }
        }
        claimsWithPremise = byPremise.stream().map(cs -> cs.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        unconditional = none.stream().mapToInt(Integer::intValue).toArray();
        int cuts = Confidence.values().length;
        cutClaimsWithPremise = new int[cuts][][];
        cutUnconditional = new int[cuts][];
        for (int k = 0; k < cuts; k++) {
            int cut = k;
            cutClaimsWithPremise[k] = java.util.Arrays.stream(claimsWithPremise)
                    .map(cs -> java.util.Arrays.stream(cs).filter(c -> claimLevel[c] <= cut).toArray())
                    .toArray(int[][]::new);
            cutUnconditional[k] = java.util.Arrays.stream(unconditional).filter(c -> claimLevel[c] <= cut).toArray();
        }
        sourcesAtLevel = new int[cuts][];
        for (int k = 0; k < cuts; k++) {
            int level = k;
            sourcesAtLevel[k] = java.util.stream.IntStream.range(0, claims.size()).filter(c -> claimLevel[c] == level)
                    .map(c -> claimSource[c]).distinct().toArray();
        }
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public int propositionCount() {
        return kb.propositions().size();
    }

    public int sourceCount() {
        return kb.sources().size();
    }

    public int literalIndex(Literal l) {
        Integer p = propositionIndex.get(l.proposition());
        if (p == null) {
            throw new IllegalArgumentException("unknown proposition " + l.proposition());
        }
        return 2 * p + (l.value() ? 0 : 1);
    }

    public int propositionIndex(String id) {
        Integer p = propositionIndex.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown proposition " + id);
        }
        return p;
    }

    public int sourceIndex(String id) {
        Integer s = sourceIndex.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown source " + id);
        }
        return s;
    }

    /** Scratch space for one thread's evaluations. */
    public Workspace newWorkspace() {
        return new Workspace(propositionCount(), premises.length, sourceCount());
    }

    /** Everything an evaluation reads and writes, reused from world to world. */
    public static final class Workspace {
        /** Input: assumed literals (with the recorded facts in force), by literal index. */
        public final boolean[] assumed;
        /** Input: counted sources, by source index. All counted when created. */
        public final boolean[] counted;
        /** Input: the confidence floor, the weakest cut evaluated ({@code possible} when created). */
        Confidence floor = Confidence.POSSIBLE;
        /** Per cut (by confidence ordinal), per literal. */
        final boolean[][] possible;
        final boolean[][] established;
        /** Per claim: premises not yet holding in the stratum being computed. */
        final int[] missing;
        /** Literals that started to hold and whose claims are still to be counted down. */
        final int[] queue;
        /** The assumed literals' indexes (the first {@link #assumedCount}), gathered once per evaluation. */
        final int[] assumedList;
        int assumedCount;
        /**
         * By confidence ordinal: claims of that confidence whose premises all became possible in a
         * stronger cut (the first {@link #pendingCount} of each), to fire when their cut is reached.
         */
        final int[][] pending;
        final int[] pendingCount;

        Workspace(int propositions, int claims, int sources) {
            int cuts = Confidence.values().length;
            assumed = new boolean[2 * propositions];
            counted = new boolean[sources];
            java.util.Arrays.fill(counted, true);
            possible = new boolean[cuts][2 * propositions];
            established = new boolean[cuts][2 * propositions];
            missing = new int[claims];
            queue = new int[2 * propositions];
            assumedList = new int[2 * propositions];
            pending = new int[cuts][claims];
            pendingCount = new int[cuts];
        }

        /** Clears the assumptions (the lens and the floor are kept). */
        public void clearAssumptions() {
            java.util.Arrays.fill(assumed, false);
        }

        /** Counts only the claims at or above {@code level}: the weakest cut evaluated. */
        public void minConfidence(Confidence level) {
            floor = java.util.Objects.requireNonNull(level, "level");
        }

        public Confidence minConfidence() {
            return floor;
        }
    }

    /**
     * Evaluates the workspace's assumptions under its lens, on every cut from {@code stated} down to
     * its floor; read the answer with {@link #statusCode} and {@link #strengthCode}.
     *
     * <p>The possible strata of the cuts are nested (a weaker cut only adds claims, and the possible
     * stratum is monotone), so they are computed in one forward chaining that goes on from cut to
     * cut: a claim whose premises are all possible waits, if it is weaker than the cut at hand, for
     * its own cut. The established strata are not nested (a weaker cut adds support but also
     * possible opposites and defeaters), so each is chained on its own, over its cut's claims only.
     */
    public void evaluate(Workspace w) {
        int floor = w.floor.ordinal();
        w.assumedCount = 0;
        for (int l = 0; l < w.assumed.length; l++) {
            if (w.assumed[l]) {
                w.assumedList[w.assumedCount++] = l;
            }
        }
        possibleStrata(w, floor);
        for (int k = 0; k <= floor; k++) {
            if (k > 0 && !addsCountedClaims(w, k)) {
                // The same counted claims as the stronger cut: the same strata.
                System.arraycopy(w.established[k - 1], 0, w.established[k], 0, w.established[k].length);
            } else {
                establishedStratum(w, k);
            }
        }
    }

    /** Whether cut {@code k} counts a claim that cut {@code k - 1} does not. */
    private boolean addsCountedClaims(Workspace w, int k) {
        for (int s : sourcesAtLevel[k]) {
            if (w.counted[s]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The possible strata of cuts {@code stated} to {@code floor}: credulous, monotone; a claim
     * against an assumption adds nothing, and {@code unless} is not read.
     */
    private void possibleStrata(Workspace w, int floor) {
        System.arraycopy(premiseCount, 0, w.missing, 0, premiseCount.length);
        java.util.Arrays.fill(w.pendingCount, 0);
        boolean[] holds = w.possible[0];
        System.arraycopy(w.assumed, 0, holds, 0, w.assumed.length);
        System.arraycopy(w.assumedList, 0, w.queue, 0, w.assumedCount);
        int tail = w.assumedCount;
        for (int c : unconditional) {
            tail = ready(w, 0, c, holds, tail);
        }
        int head = 0;
        for (int k = 0; k <= floor; k++) {
            if (k > 0) {
                boolean[] stronger = holds;
                holds = w.possible[k];
                System.arraycopy(stronger, 0, holds, 0, holds.length);
                for (int i = 0; i < w.pendingCount[k]; i++) {
                    tail = makePossible(w, w.pending[k][i], holds, tail);
                }
            }
            for (; head < tail; head++) {
                for (int c : claimsWithPremise[w.queue[head]]) {
                    if (--w.missing[c] == 0) {
                        tail = ready(w, k, c, holds, tail);
                    }
                }
            }
        }
    }

    /** Claim {@code c} has all its premises possible in cut {@code k}: it fires now, or waits for its cut. */
    private int ready(Workspace w, int k, int c, boolean[] holds, int tail) {
        if (!w.counted[claimSource[c]]) {
            return tail;
        }
        int level = claimLevel[c];
        if (level <= k) {
            return makePossible(w, c, holds, tail);
        }
        w.pending[level][w.pendingCount[level]++] = c;
        return tail;
    }

    private int makePossible(Workspace w, int c, boolean[] holds, int tail) {
        int l = conclusion[c];
        if (!w.assumed[l ^ 1] && !holds[l]) {
            holds[l] = true;
            w.queue[tail++] = l;
        }
        return tail;
    }

    /**
     * The established stratum of cut {@code k}: skeptical; reads the cut's (complete) possible
     * stratum only negatively. Forward chaining over premise counters, from the assumptions.
     */
    private void establishedStratum(Workspace w, int k) {
        boolean[] holds = w.established[k];
        boolean[] possible = w.possible[k];
        int[][] withPremise = cutClaimsWithPremise[k];
        System.arraycopy(premiseCount, 0, w.missing, 0, premiseCount.length);
        System.arraycopy(w.assumed, 0, holds, 0, w.assumed.length);
        System.arraycopy(w.assumedList, 0, w.queue, 0, w.assumedCount);
        int tail = w.assumedCount;
        for (int c : cutUnconditional[k]) {
            tail = establish(w, c, holds, possible, tail);
        }
        for (int head = 0; head < tail; head++) {
            for (int c : withPremise[w.queue[head]]) {
                if (--w.missing[c] == 0) {
                    tail = establish(w, c, holds, possible, tail);
                }
            }
        }
    }

    /** Claim {@code c}, of the cut, has all its premises established: it fires if it counts and is not defeated. */
    private int establish(Workspace w, int c, boolean[] holds, boolean[] possible, int tail) {
        if (!w.counted[claimSource[c]] || anyHolds(unless[c], possible)) {
            return tail;
        }
        int l = conclusion[c];
        if (!possible[l ^ 1] && !holds[l]) {
            holds[l] = true;
            w.queue[tail++] = l;
        }
        return tail;
    }

    private static boolean anyHolds(int[] literals, boolean[] holds) {
        for (int l : literals) {
            if (holds[l]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The status of proposition {@code p} in the last evaluation of {@code w}, as a code of this
     * class: ASSUMED; else SUPPORTED when established on any cut; else the weakest cut's status.
     */
    public static int statusCode(Workspace w, int p) {
        int t = 2 * p;
        int f = t + 1;
        if (w.assumed[t]) {
            return ASSUMED_TRUE;
        }
        if (w.assumed[f]) {
            return ASSUMED_FALSE;
        }
        int weakest = w.floor.ordinal();
        for (int k = 0; k <= weakest; k++) {
            if (w.established[k][t]) {
                return SUPPORTED_TRUE;
            }
            if (w.established[k][f]) {
                return SUPPORTED_FALSE;
            }
        }
        boolean[] possible = w.possible[weakest];
        if (possible[t] && possible[f]) {
            return CONTESTED;
        }
        if (possible[t]) {
            return PLAUSIBLE_TRUE;
        }
        return possible[f] ? PLAUSIBLE_FALSE : OPEN;
    }

    /**
     * The strength of proposition {@code p} in the last evaluation of {@code w} as a confidence
     * ordinal ({@code 0} stated, {@code 1} likely, {@code 2} possible), or -1 for none (ASSUMED,
     * OPEN): for SUPPORTED the strongest cut on which it is established, else the strongest cut on
     * which it is not open.
     */
    public static int strengthCode(Workspace w, int p) {
        int t = 2 * p;
        int f = t + 1;
        if (w.assumed[t] || w.assumed[f]) {
            return -1;
        }
        int weakest = w.floor.ordinal();
        for (int k = 0; k <= weakest; k++) {
            if (w.established[k][t] || w.established[k][f]) {
                return k;
            }
        }
        for (int k = 0; k <= weakest; k++) {
            if (w.possible[k][t] || w.possible[k][f]) {
                return k;
            }
        }
        return -1;
    }

    /** The status of a code. */
    public static Status status(int code) {
        return switch (code) {
            case ASSUMED_TRUE, ASSUMED_FALSE -> Status.ASSUMED;
            case SUPPORTED_TRUE, SUPPORTED_FALSE -> Status.SUPPORTED;
            case PLAUSIBLE_TRUE, PLAUSIBLE_FALSE -> Status.PLAUSIBLE;
            case CONTESTED -> Status.CONTESTED;
            default -> Status.OPEN;
        };
    }

    /** The value of a code, or null for CONTESTED and OPEN. */
    public static Boolean value(int code) {
        return code >= CONTESTED ? null : code % 2 == 0;
    }

    /** Convenience for one evaluation with the record on: the same answer as the Drools engine. */
    public Evaluation evaluate(Collection<Literal> assumptions, Collection<String> lens) {
        return evaluate(assumptions, lens, true);
    }

    /** Convenience for one evaluation counting every claim. */
    public Evaluation evaluate(Collection<Literal> assumptions, Collection<String> lens, boolean record) {
        return evaluate(assumptions, lens, record, Confidence.POSSIBLE);
    }

    /** Convenience for one evaluation: the same answer as the Drools engine, as a full {@link Evaluation}. */
    public Evaluation evaluate(Collection<Literal> assumptions, Collection<String> lens, boolean record,
                               Confidence minConfidence) {
        Workspace w = newWorkspace();
        w.minConfidence(minConfidence);
        for (Literal l : kb.inForce(assumptions, record).values()) {
            w.assumed[literalIndex(l)] = true;
        }
        java.util.Arrays.fill(w.counted, false);
        for (String s : lens) {
            w.counted[sourceIndex(s)] = true;
        }
        evaluate(w);
        StrataFlags[] cuts = new StrataFlags[Confidence.values().length];
        for (int k = 0; k <= minConfidence.ordinal(); k++) {
            cuts[k] = flags(w, k);
        }
        return Evaluation.derive(kb, assumptions, lens, record, minConfidence, cuts);
    }

    /**
     * A copy of one cut of the last evaluation of {@code w}, fired claims by slot. Which claims fired
     * follows from the strata (a counted claim of the cut fires in a stratum when its premises hold
     * there, and, when established, none of its unless-literals is possible), so the evaluation
     * itself does not keep it.
     */
    private StrataFlags flags(Workspace w, int k) {
        KnowledgeBaseIndex index = kb.index();
        boolean[] possible = w.possible[k];
        boolean[] established = w.established[k];
        boolean[] firedPossible = new boolean[premises.length];
        boolean[] firedEstablished = new boolean[premises.length];
        for (int c = 0; c < premises.length; c++) {
            if (claimLevel[c] > k || !w.counted[claimSource[c]]) {
                continue;
            }
            firedPossible[index.slot(c)] |= allHold(premises[c], possible);
            firedEstablished[index.slot(c)] |= allHold(premises[c], established) && !anyHolds(unless[c], possible);
        }
        return new StrataFlags(possible.clone(), established.clone(), firedPossible, firedEstablished);
    }

    private static boolean allHold(int[] literals, boolean[] holds) {
        for (int l : literals) {
            if (!holds[l]) {
                return false;
            }
        }
        return true;
    }

    /** The raw strata of the weakest cut (every counted claim) of the last evaluation of {@code w}. */
    public Strata strata(Workspace w) {
        return strata(w, w.floor);
    }

    /** The raw strata of one cut of the last evaluation of {@code w} (at or above its floor). */
    public Strata strata(Workspace w, Confidence cut) {
        int k = cut.ordinal();
        if (k > w.floor.ordinal()) {
            throw new IllegalArgumentException("the " + cut.label() + " cut is below the floor " + w.floor.label());
        }
        return flags(w, k).toStrata(kb.index());
    }
}
