package org.qantar.rules;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.PropositionKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every proposition's status under a set of assumptions, the record, a lens and a confidence floor,
 * the tensions, and the strata of each confidence cut they were read from. Immutable; statuses are
 * in knowledge-base order.
 */
public final class Evaluation {

    private final List<Literal> assumptions;
    private final List<String> lens;
    private final boolean record;
    private final Confidence minConfidence;
    private final Set<Literal> fixed;
    private final Map<String, PropositionStatus> statuses;
    private final List<Tension> tensions;
    private final KnowledgeBaseIndex index;
    /** By confidence ordinal, from {@code stated} down to the floor: the flags of each cut evaluated, or null. */
    private final StrataFlags[] flags;
    /** {@link #cuts()}, made from {@link #flags} when first asked for (most evaluations are only read for statuses). */
    private volatile Map<Confidence, Strata> cuts;
    private final Map<String, PropositionKind> kinds;

    private Evaluation(List<Literal> assumptions, List<String> lens, boolean record, Confidence minConfidence,
                       Set<Literal> fixed, Map<String, PropositionStatus> statuses, List<Tension> tensions,
                       KnowledgeBaseIndex index, StrataFlags[] flags, Map<String, PropositionKind> kinds) {
        this.kinds = kinds;
        this.assumptions = List.copyOf(assumptions);
        this.lens = List.copyOf(lens);
        this.record = record;
        this.minConfidence = minConfidence;
        this.fixed = Set.copyOf(fixed);
        this.statuses = statuses;
        this.tensions = List.copyOf(tensions);
        this.index = index;
        this.flags = flags;
    }

    /** Reads statuses off the strata of one cut holding every counted claim, with the record on. */
    public static Evaluation derive(KnowledgeBase kb, Collection<Literal> assumptions, Collection<String> lens,
                                    Strata strata) {
        return derive(kb, assumptions, lens, true, Confidence.POSSIBLE, Map.of(Confidence.POSSIBLE, strata));
    }

    /**
     * Reads statuses off the strata of each cut, given as sets; the same as
     * {@link #derive(KnowledgeBase, Collection, Collection, boolean, Confidence, StrataFlags[])}.
     */
    public static Evaluation derive(KnowledgeBase kb, Collection<Literal> assumptions, Collection<String> lens,
                                    boolean record, Confidence minConfidence, Map<Confidence, Strata> cuts) {
        StrataFlags[] flags = new StrataFlags[Confidence.values().length];
        cuts.forEach((k, strata) -> flags[k.ordinal()] = StrataFlags.of(strata, kb.index()));
        return derive(kb, assumptions, lens, record, minConfidence, flags);
    }

    /**
     * Reads statuses off the strata of each cut, as DESIGN.md ("Evaluation semantics (v2)") defines them.
     *
     * @param assumptions   the user's assumptions (the record is added here when {@code record} is on)
     * @param lens          the counted sources (never empty: "all" is every source id)
     * @param minConfidence the confidence floor: the weakest cut, the one holding every counted claim
     * @param cuts          by confidence ordinal, the strata of each cut evaluated (null for a cut not
     *                      evaluated), from {@code stated} down to {@code minConfidence} (which must be
     *                      there; weaker ones are ignored); a strength is only as fine as the cuts given.
     *                      Taken over, not copied.
     */
    public static Evaluation derive(KnowledgeBase kb, Collection<Literal> assumptions, Collection<String> lens,
                                    boolean record, Confidence minConfidence, StrataFlags[] cuts) {
        KnowledgeBaseIndex index = kb.index();
        int floor = minConfidence.ordinal();
        StrataFlags[] ordered = java.util.Arrays.copyOf(cuts, floor + 1);
        if (ordered[floor] == null) {
            throw new IllegalArgumentException("no strata for the weakest cut, " + minConfidence.label());
        }
        StrataFlags weakest = ordered[floor];
        Map<String, Literal> user = new LinkedHashMap<>();
        for (Literal l : assumptions) {
            user.put(l.proposition(), l);
        }
        // What is held fixed, per proposition index (a literal index, or -1), and whether the user fixed it.
        int propositions = index.literalCount() / 2;
        int[] fixedAt = new int[propositions];
        boolean[] byUser = new boolean[propositions];
        for (int p = 0; p < propositions; p++) {
            fixedAt[p] = record ? index.recorded(p) : -1;
        }
        for (Literal l : user.values()) {
            int i = index.literalIndex(l);
            if (i >= 0) {
                fixedAt[i / 2] = i;
                byUser[i / 2] = true;
            }
        }
        Map<String, PropositionStatus> statuses = new LinkedHashMap<>();
        List<Tension> tensions = new ArrayList<>();
        List<Literal> fixed = new ArrayList<>(user.values());
        for (int p = 0; p < propositions; p++) {
            if (!index.isDistinct(p)) {
                continue;
            }
            String id = index.literal(2 * p).proposition();
            int f = fixedAt[p];
            if (f < 0) {
                statuses.put(id, reasonedStatus(index, p, ordered));
                continue;
            }
            statuses.put(id, fixedStatus(index, p, f, byUser[p], record, weakest));
            fixed.add(index.literal(f));
            for (int c : index.concluding(f ^ 1)) {
                if (weakest.firedPossible(index.slot(c))) {
                    Claim claim = index.claim(c);
                    tensions.add(new Tension(id, claim.id(), claim.source()));
                }
            }
        }
        tensions.sort(java.util.Comparator.comparingInt(t -> kb.claimIndex(t.claim())));
        List<Literal> sortedAssumptions = new ArrayList<>(new TreeSet<>(user.values()));
        return new Evaluation(sortedAssumptions, List.copyOf(new TreeSet<>(lens)), record, minConfidence,
                new java.util.HashSet<>(fixed), statuses, tensions, index, ordered, kb.kinds());
    }

    private static PropositionStatus fixedStatus(KnowledgeBaseIndex index, int p, int f, boolean assumed,
                                                 boolean record, StrataFlags weakest) {
        int recorded = index.recorded(p);
        boolean counterfactual = assumed && record && recorded >= 0 && recorded != f;
        Literal l = index.literal(f);
        return new PropositionStatus(l.proposition(), assumed ? Status.ASSUMED : Status.RECORDED, l.value(),
                concluding(index, f, weakest, true), List.of(), List.of(), null, List.of(), counterfactual);
    }

    private static PropositionStatus reasonedStatus(KnowledgeBaseIndex index, int p, StrataFlags[] cuts) {
        int t = 2 * p;
        int f = t + 1;
        String id = index.literal(t).proposition();
        StrataFlags weakest = cuts[cuts.length - 1];
        for (int k = 0; k < cuts.length; k++) {
            StrataFlags cut = cuts[k];
            if (cut == null) {
                continue;
            }
            for (int l = t; l <= f; l++) {
                if (cut.established(l)) {
                    return new PropositionStatus(id, Status.SUPPORTED, l == t,
                            concluding(index, l, cut, true), List.of(), List.of(),
                            Confidence.values()[k], concluding(index, l ^ 1, weakest, false), false);
                }
            }
        }
        Confidence strength = null;
        for (int k = 0; k < cuts.length; k++) {
            if (cuts[k] != null && (cuts[k].possible(t) || cuts[k].possible(f))) {
                strength = Confidence.values()[k];
                break;
            }
        }
        boolean maybeTrue = weakest.possible(t);
        boolean maybeFalse = weakest.possible(f);
        if (maybeTrue && maybeFalse) {
            return new PropositionStatus(id, Status.CONTESTED, null, List.of(),
                    concluding(index, t, weakest, false), concluding(index, f, weakest, false),
                    strength, List.of(), false);
        }
        if (maybeTrue || maybeFalse) {
            int l = maybeTrue ? t : f;
            return new PropositionStatus(id, Status.PLAUSIBLE, maybeTrue,
                    concluding(index, l, weakest, false), List.of(), List.of(), strength, List.of(), false);
        }
        return new PropositionStatus(id, Status.OPEN, null, List.of(), List.of(), List.of());
    }

    /** The ids of the claims concluding literal index {@code l} that fired in a stratum of {@code cut}. */
    private static List<String> concluding(KnowledgeBaseIndex index, int l, StrataFlags cut, boolean established) {
        List<String> ids = new ArrayList<>(2);
        for (int c : index.concluding(l)) {
            int slot = index.slot(c);
            if (established ? cut.firedEstablished(slot) : cut.firedPossible(slot)) {
                ids.add(index.claim(c).id());
            }
        }
        return ids;
    }

    /** The user's assumptions, sorted by proposition id (the record is not among them). */
    public List<Literal> assumptions() {
        return assumptions;
    }

    /** The literals held fixed: the assumptions and, when the record is on, the recorded facts not assumed. */
    public Set<Literal> fixed() {
        return fixed;
    }

    /** The counted sources, sorted. */
    public List<String> lens() {
        return lens;
    }

    /** Whether the record held. */
    public boolean record() {
        return record;
    }

    /** The confidence floor: only claims at least this confident counted. */
    public Confidence minConfidence() {
        return minConfidence;
    }

    /** Every proposition's status, in knowledge-base order. */
    public List<PropositionStatus> statuses() {
        return List.copyOf(statuses.values());
    }

    public Optional<PropositionStatus> status(String propositionId) {
        return Optional.ofNullable(statuses.get(propositionId));
    }

    /** The kind of a proposition of the knowledge base evaluated, or null for an unknown id. */
    public PropositionKind kind(String propositionId) {
        return kinds.get(propositionId);
    }

    public List<Tension> tensions() {
        return tensions;
    }

    /** The strata of the weakest cut: every counted claim (at or above the floor). */
    public Strata strata() {
        return cuts().get(minConfidence);
    }

    /** The strata of each cut evaluated, strongest first, down to the floor. */
    public Map<Confidence, Strata> cuts() {
        Map<Confidence, Strata> made = cuts;
        if (made == null) {
            Map<Confidence, Strata> m = new EnumMap<>(Confidence.class);
            for (int k = 0; k < flags.length; k++) {
                if (flags[k] != null) {
                    m.put(Confidence.values()[k], flags[k].toStrata(index));
                }
            }
            made = java.util.Collections.unmodifiableMap(m);
            cuts = made;
        }
        return made;
    }

    /** The propositions whose status or value differs from {@code before}, in knowledge-base order. */
    public List<Change> changesSince(Evaluation before) {
        List<Change> changes = new ArrayList<>();
        for (PropositionStatus now : statuses.values()) {
            PropositionStatus then = before.statuses.get(now.id());
            if (then == null || !then.sameOutcome(now)) {
                changes.add(new Change(now.id(), then, now));
            }
        }
        return changes;
    }

    /** One proposition's move between two evaluations; {@code before} is null for a new proposition. */
    public record Change(String proposition, PropositionStatus before, PropositionStatus after) {
    }
}
