package org.qantar.rules;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
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
    private final Map<Confidence, Strata> cuts;
    private final Map<String, PropositionKind> kinds;

    private Evaluation(List<Literal> assumptions, List<String> lens, boolean record, Confidence minConfidence,
                       Set<Literal> fixed, Map<String, PropositionStatus> statuses, List<Tension> tensions,
                       Map<Confidence, Strata> cuts, Map<String, PropositionKind> kinds) {
        this.kinds = kinds;
        this.assumptions = List.copyOf(assumptions);
        this.lens = List.copyOf(lens);
        this.record = record;
        this.minConfidence = minConfidence;
        this.fixed = Set.copyOf(fixed);
        this.statuses = statuses;
        this.tensions = List.copyOf(tensions);
        this.cuts = cuts;
    }

    /** Reads statuses off the strata of one cut holding every counted claim, with the record on. */
    public static Evaluation derive(KnowledgeBase kb, Collection<Literal> assumptions, Collection<String> lens,
                                    Strata strata) {
        return derive(kb, assumptions, lens, true, Confidence.POSSIBLE, Map.of(Confidence.POSSIBLE, strata));
    }

    /**
     * Reads statuses off the strata of each cut, as DESIGN.md ("Evaluation semantics (v2)") defines them.
     *
     * @param assumptions   the user's assumptions (the record is added here when {@code record} is on)
     * @param lens          the counted sources (never empty: "all" is every source id)
     * @param minConfidence the confidence floor: the weakest cut, the one holding every counted claim
     * @param cuts          the strata of each cut evaluated, from {@code stated} down to {@code minConfidence}
     *                      (which must be there); a strength is only as fine as the cuts given
     */
    public static Evaluation derive(KnowledgeBase kb, Collection<Literal> assumptions, Collection<String> lens,
                                    boolean record, Confidence minConfidence, Map<Confidence, Strata> cuts) {
        Map<Confidence, Strata> ordered = new EnumMap<>(Confidence.class);
        for (Confidence k : Confidence.values()) {
            if (k.ordinal() <= minConfidence.ordinal() && cuts.containsKey(k)) {
                ordered.put(k, cuts.get(k));
            }
        }
        if (!ordered.containsKey(minConfidence)) {
            throw new IllegalArgumentException("no strata for the weakest cut, " + minConfidence.label());
        }
        Map<String, Literal> user = new LinkedHashMap<>();
        for (Literal l : assumptions) {
            user.put(l.proposition(), l);
        }
        Map<String, Literal> inForce = kb.inForce(user.values(), record);
        Strata weakest = ordered.get(minConfidence);
        Map<String, PropositionStatus> statuses = new LinkedHashMap<>();
        for (Proposition p : kb.propositions()) {
            Literal f = inForce.get(p.id());
            statuses.put(p.id(), f != null
                    ? fixedStatus(kb, p.id(), f, user.containsKey(p.id()), record, weakest)
                    : reasonedStatus(kb, p.id(), ordered, weakest));
        }
        List<Tension> tensions = new ArrayList<>();
        for (Literal l : inForce.values()) {
            for (Claim c : kb.claimsConcluding(l.negate())) {
                if (weakest.firedPossible().contains(c.id())) {
                    tensions.add(new Tension(l.proposition(), c.id(), c.source()));
                }
            }
        }
        tensions.sort(java.util.Comparator.comparingInt(t -> kb.claimIndex(t.claim())));
        List<Literal> sortedAssumptions = new ArrayList<>(new TreeSet<>(user.values()));
        return new Evaluation(sortedAssumptions, List.copyOf(new TreeSet<>(lens)), record, minConfidence,
                new LinkedHashSet<>(inForce.values()), statuses, tensions, ordered, kb.kinds());
    }

    private static PropositionStatus fixedStatus(KnowledgeBase kb, String id, Literal f, boolean assumed,
                                                 boolean record, Strata weakest) {
        boolean counterfactual = assumed && record
                && kb.recorded(id).map(r -> r.value() != f.value()).orElse(false);
        return new PropositionStatus(id, assumed ? Status.ASSUMED : Status.RECORDED, f.value(),
                concluding(kb, f, weakest.firedEstablished()), List.of(), List.of(), null, List.of(), counterfactual);
    }

    private static PropositionStatus reasonedStatus(KnowledgeBase kb, String id, Map<Confidence, Strata> cuts,
                                                    Strata weakest) {
        Literal t = new Literal(id, true);
        Literal f = new Literal(id, false);
        for (Map.Entry<Confidence, Strata> cut : cuts.entrySet()) {
            for (Literal l : List.of(t, f)) {
                if (cut.getValue().established().contains(l)) {
                    return new PropositionStatus(id, Status.SUPPORTED, l.value(),
                            concluding(kb, l, cut.getValue().firedEstablished()), List.of(), List.of(),
                            cut.getKey(), concluding(kb, l.negate(), weakest.firedPossible()), false);
                }
            }
        }
        Confidence strength = null;
        for (Map.Entry<Confidence, Strata> cut : cuts.entrySet()) {
            if (cut.getValue().possible().contains(t) || cut.getValue().possible().contains(f)) {
                strength = cut.getKey();
                break;
            }
        }
        boolean maybeTrue = weakest.possible().contains(t);
        boolean maybeFalse = weakest.possible().contains(f);
        if (maybeTrue && maybeFalse) {
            return new PropositionStatus(id, Status.CONTESTED, null, List.of(),
                    concluding(kb, t, weakest.firedPossible()), concluding(kb, f, weakest.firedPossible()),
                    strength, List.of(), false);
        }
        if (maybeTrue || maybeFalse) {
            Literal l = maybeTrue ? t : f;
            return new PropositionStatus(id, Status.PLAUSIBLE, l.value(),
                    concluding(kb, l, weakest.firedPossible()), List.of(), List.of(), strength, List.of(), false);
        }
        return new PropositionStatus(id, Status.OPEN, null, List.of(), List.of(), List.of());
    }

    private static List<String> concluding(KnowledgeBase kb, Literal l, Set<String> fired) {
        List<String> ids = new ArrayList<>();
        for (Claim c : kb.claimsConcluding(l)) {
            if (fired.contains(c.id())) {
                ids.add(c.id());
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
        return cuts.get(minConfidence);
    }

    /** The strata of each cut evaluated, strongest first, down to the floor. */
    public Map<Confidence, Strata> cuts() {
        return java.util.Collections.unmodifiableMap(cuts);
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
