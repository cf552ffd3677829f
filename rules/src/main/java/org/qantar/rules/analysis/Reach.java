package org.qantar.rules.analysis;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.graph.GraphEvaluator;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "What would it take": the minimal sets of changes to the current assumptions that make a literal
 * SUPPORTED. A change adds an assumption on an unassumed proposition (driver or outcome), flips an
 * assumption's value, or removes one; a set changes each proposition at most once. A fact the record
 * holds is never changed (that would be a counterfactual) unless counterfactuals are asked for; an
 * assumption against the record may be removed, which returns the fact to the record.
 *
 * <p>Assuming the target itself is not a way to support it (an assumed proposition is ASSUMED, not
 * SUPPORTED), so no change assumes the target's proposition; removing an assumption on it is
 * allowed. Only propositions the target's status can depend on are tried: those reached backwards
 * from it through the counted claims (conclusion to premises and unless-literals). A change
 * anywhere else cannot alter the target, so it is never part of a minimal set.
 *
 * <p>The search is breadth-first by size: every set of k changes that contains no set already found
 * is evaluated, so each set found is minimal (no proper subset works) and every minimal set of at
 * most {@code maxChanges} changes is found. Supports can appear and vanish as changes are added
 * (defeaters, contests), so sets are not pruned on any other ground.
 */
public final class Reach {

    public static final int DEFAULT_MAX_CHANGES = 3;

    /** Above this many evaluations the search is refused rather than left to run for minutes. */
    public static final long MAX_EVALUATIONS = 20_000_000L;

    private final Baseline baseline;
    private final boolean counterfactuals;

    /** A search that never proposes a counterfactual (assuming a recorded fact against the record). */
    public Reach(Baseline baseline) {
        this(baseline, false);
    }

    /** With {@code counterfactuals}, also proposes assuming a recorded fact against the record. */
    public Reach(Baseline baseline, boolean counterfactuals) {
        this.baseline = baseline;
        this.counterfactuals = counterfactuals;
    }

    /**
     * @throws IllegalArgumentException for an unknown proposition, {@code maxChanges} below 1, or a
     *                                  search above {@value #MAX_EVALUATIONS} evaluations
     */
    public ReachResult run(Literal target, int maxChanges) {
        int t = baseline.index(target.proposition());
        if (maxChanges < 1) {
            throw new IllegalArgumentException("the maximum number of changes must be at least 1, got " + maxChanges);
        }
        int supportedCode = target.value() ? GraphEvaluator.SUPPORTED_TRUE : GraphEvaluator.SUPPORTED_FALSE;
        GraphEvaluator graph = baseline.graph();
        GraphEvaluator.Workspace w = baseline.newWorkspace();
        String now = evaluation(List.of()).status(target.proposition()).map(PropositionStatus::label).orElseThrow();

        graph.evaluate(w);
        if (GraphEvaluator.statusCode(w, t) == supportedCode) {
            return new ReachResult(target.toString(), now, maxChanges, List.of(changeSet(target, List.of())));
        }
        List<Option[]> groups = candidates(t);
        checkSize(groups, maxChanges);

        List<List<Option>> found = new ArrayList<>();
        int[] combination = new int[maxChanges];
        int[] choice = new int[maxChanges];
        Option[] chosen = new Option[maxChanges];
        for (int k = 1; k <= Math.min(maxChanges, groups.size()); k++) {
            int foundBefore = found.size();
            for (int i = 0; i < k; i++) {
                combination[i] = i;
            }
            do {
                java.util.Arrays.fill(choice, 0, k, 0);
                do {
                    for (int i = 0; i < k; i++) {
                        chosen[i] = groups.get(combination[i])[choice[i]];
                    }
                    if (!containsFound(chosen, k, found, foundBefore) && works(w, chosen, k, t, supportedCode)) {
                        found.add(List.of(java.util.Arrays.copyOf(chosen, k)));
                    }
                } while (nextChoice(choice, combination, groups, k));
            } while (nextCombination(combination, k, groups.size()));
        }
        List<ReachResult.ChangeSet> sets = new ArrayList<>();
        for (List<Option> set : found) {
            sets.add(changeSet(target, set.stream().map(Option::change).toList()));
        }
        return new ReachResult(target.toString(), now, maxChanges, sets);
    }

    /** One possible change, ready to apply to a workspace. */
    private record Option(int proposition, Boolean value, ReachResult.Change change) {
        void apply(GraphEvaluator.Workspace w) {
            w.assumed[2 * proposition] = Boolean.TRUE.equals(value);
            w.assumed[2 * proposition + 1] = Boolean.FALSE.equals(value);
        }
    }

    /** Per relevant proposition, its possible changes (never two of them in one set). */
    private List<Option[]> candidates(int target) {
        List<Option[]> groups = new ArrayList<>();
        boolean[] relevant = cone(target);
        for (int p = 0; p < relevant.length; p++) {
            if (!relevant[p]) {
                continue;
            }
            String id = baseline.id(p);
            Boolean v = baseline.assumedValue(p);
            Boolean recorded = baseline.recordedValue(p);
            if (recorded != null) {
                // A fact: never proposed against the record; an assumption against it may be withdrawn.
                if (v != null && !v.equals(recorded)) {
                    groups.add(new Option[] {new Option(p, recorded,
                            new ReachResult.Change(ReachResult.Kind.REMOVE, new Literal(id, v).toString()))});
                } else if (counterfactuals && baseline.isRecordHeld(p) && p != target) {
                    groups.add(new Option[] {new Option(p, !recorded,
                            new ReachResult.Change(ReachResult.Kind.ADD, new Literal(id, !recorded).toString()))});
                }
            } else if (v != null) {
                Option remove = new Option(p, null, new ReachResult.Change(ReachResult.Kind.REMOVE, new Literal(id, v).toString()));
                Option flip = new Option(p, !v, new ReachResult.Change(ReachResult.Kind.FLIP, new Literal(id, !v).toString()));
                groups.add(p == target ? new Option[] {remove} : new Option[] {remove, flip});
            } else if (p != target) {
                groups.add(new Option[] {
                        new Option(p, true, new ReachResult.Change(ReachResult.Kind.ADD, id)),
                        new Option(p, false, new ReachResult.Change(ReachResult.Kind.ADD, "!" + id))});
            }
        }
        return groups;
    }

    /**
     * The propositions whose assumptions can change the target's status: the target, and backwards
     * through every counted claim concluding a proposition already in the cone, its premises and
     * unless-literals. (An assumption outside the cone touches no literal the target's claims read.)
     */
    private boolean[] cone(int target) {
        GraphEvaluator graph = baseline.graph();
        KnowledgeBase kb = baseline.knowledgeBase();
        boolean[] in = new boolean[graph.propositionCount()];
        in[target] = true;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Claim c : kb.claims()) {
                if (!baseline.counts(graph.sourceIndex(c.source())) || !in[graph.propositionIndex(c.conclusion().proposition())]) {
                    continue;
                }
                for (List<Literal> side : List.of(c.premises(), c.unless())) {
                    for (Literal l : side) {
                        int p = graph.propositionIndex(l.proposition());
                        if (!in[p]) {
                            in[p] = true;
                            grew = true;
                        }
                    }
                }
            }
        }
        return in;
    }

    private static void checkSize(List<Option[]> groups, int maxChanges) {
        // Elementary symmetric sums of the option counts: e[k] = number of sets of exactly k changes.
        double[] e = new double[maxChanges + 1];
        e[0] = 1;
        for (Option[] g : groups) {
            for (int k = maxChanges; k >= 1; k--) {
                e[k] += e[k - 1] * g.length;
            }
        }
        double total = 0;
        for (int k = 1; k <= maxChanges; k++) {
            total += e[k];
        }
        if (total > MAX_EVALUATIONS) {
            NumberFormat f = NumberFormat.getIntegerInstance(Locale.ROOT);
            throw new IllegalArgumentException("up to " + maxChanges + " changes over " + groups.size()
                    + " relevant propositions is " + f.format(total) + " sets to try, more than "
                    + f.format(MAX_EVALUATIONS) + ": ask for fewer changes");
        }
    }

    private static boolean containsFound(Option[] chosen, int k, List<List<Option>> found, int smallerThan) {
        // Only sets found at a smaller size can be proper subsets; same-size ones are other sets.
        for (int f = 0; f < smallerThan; f++) {
            if (isSubset(found.get(f), chosen, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubset(List<Option> small, Option[] chosen, int k) {
        for (Option o : small) {
            boolean present = false;
            for (int i = 0; i < k && !present; i++) {
                present = chosen[i] == o;
            }
            if (!present) {
                return false;
            }
        }
        return true;
    }

    private boolean works(GraphEvaluator.Workspace w, Option[] chosen, int k, int target, int supportedCode) {
        for (int i = 0; i < k; i++) {
            chosen[i].apply(w);
        }
        baseline.graph().evaluate(w);
        boolean works = GraphEvaluator.statusCode(w, target) == supportedCode;
        baseline.reset(w);
        return works;
    }

    /** Advances the per-group option choice like an odometer; false after the last one. */
    private static boolean nextChoice(int[] choice, int[] combination, List<Option[]> groups, int k) {
        for (int i = k - 1; i >= 0; i--) {
            if (++choice[i] < groups.get(combination[i]).length) {
                return true;
            }
            choice[i] = 0;
        }
        return false;
    }

    /** Advances to the next k-combination of {@code 0..n-1} in lexicographic order; false after the last. */
    private static boolean nextCombination(int[] c, int k, int n) {
        int i = k - 1;
        while (i >= 0 && c[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        c[i]++;
        for (int j = i + 1; j < k; j++) {
            c[j] = c[j - 1] + 1;
        }
        return true;
    }

    private ReachResult.ChangeSet changeSet(Literal target, List<ReachResult.Change> changes) {
        Evaluation after = evaluation(changes);
        List<String> carriedBy = after.status(target.proposition()).map(PropositionStatus::supportedBy).orElseThrow();
        return new ReachResult.ChangeSet(changes, carriedBy);
    }

    /** The full evaluation of the current assumptions with {@code changes} applied. */
    private Evaluation evaluation(List<ReachResult.Change> changes) {
        Map<String, Literal> assumptions = new LinkedHashMap<>();
        for (Literal l : baseline.assumptions()) {
            assumptions.put(l.proposition(), l);
        }
        for (ReachResult.Change c : changes) {
            Literal l = Literal.parse(c.literal());
            if (c.change() == ReachResult.Kind.REMOVE) {
                assumptions.remove(l.proposition());
            } else {
                assumptions.put(l.proposition(), l);
            }
        }
        return baseline.graph().evaluate(assumptions.values(), baseline.lens(), baseline.record(),
                baseline.minConfidence());
    }
}
