package org.qantar.rules;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every proposition's status under a set of assumptions and a lens, the tensions, and the strata
 * they were read from. Immutable; statuses are in knowledge-base order.
 */
public final class Evaluation {

    private final List<Literal> assumptions;
    private final List<String> lens;
    private final Map<String, PropositionStatus> statuses;
    private final List<Tension> tensions;
    private final Strata strata;

    private Evaluation(List<Literal> assumptions, List<String> lens, Map<String, PropositionStatus> statuses,
                       List<Tension> tensions, Strata strata) {
        this.assumptions = List.copyOf(assumptions);
        this.lens = List.copyOf(lens);
        this.statuses = statuses;
        this.tensions = List.copyOf(tensions);
        this.strata = strata;
    }

    /**
     * Reads statuses off the strata, as DESIGN.md defines them.
     *
     * @param lens the counted sources (never empty: "all" is every source id)
     */
    public static Evaluation derive(KnowledgeBase kb, Collection<Literal> assumptions, Collection<String> lens,
                                    Strata strata) {
        Map<String, Literal> assumed = new LinkedHashMap<>();
        for (Literal l : assumptions) {
            assumed.put(l.proposition(), l);
        }
        Map<String, PropositionStatus> statuses = new LinkedHashMap<>();
        for (Proposition p : kb.propositions()) {
            statuses.put(p.id(), statusOf(kb, p.id(), assumed.get(p.id()), strata));
        }
        List<Tension> tensions = new ArrayList<>();
        for (Claim c : kb.claims()) {
            Literal against = c.conclusion().negate();
            if (strata.firedPossible().contains(c.id()) && against.equals(assumed.get(against.proposition()))) {
                tensions.add(new Tension(against.proposition(), c.id(), c.source()));
            }
        }
        List<Literal> sortedAssumptions = new ArrayList<>(new TreeSet<>(assumed.values()));
        return new Evaluation(sortedAssumptions, List.copyOf(new TreeSet<>(lens)), statuses, tensions, strata);
    }

    private static PropositionStatus statusOf(KnowledgeBase kb, String id, Literal assumed, Strata strata) {
        Literal t = new Literal(id, true);
        Literal f = new Literal(id, false);
        if (assumed != null) {
            return new PropositionStatus(id, Status.ASSUMED, assumed.value(),
                    concluding(kb, assumed, strata.firedEstablished()), List.of(), List.of());
        }
        for (Literal l : List.of(t, f)) {
            if (strata.established().contains(l)) {
                return new PropositionStatus(id, Status.SUPPORTED, l.value(),
                        concluding(kb, l, strata.firedEstablished()), List.of(), List.of());
            }
        }
        boolean maybeTrue = strata.possible().contains(t);
        boolean maybeFalse = strata.possible().contains(f);
        if (maybeTrue && maybeFalse) {
            return new PropositionStatus(id, Status.CONTESTED, null, List.of(),
                    concluding(kb, t, strata.firedPossible()), concluding(kb, f, strata.firedPossible()));
        }
        if (maybeTrue || maybeFalse) {
            Literal l = maybeTrue ? t : f;
            return new PropositionStatus(id, Status.PLAUSIBLE, l.value(),
                    concluding(kb, l, strata.firedPossible()), List.of(), List.of());
        }
        return new PropositionStatus(id, Status.OPEN, null, List.of(), List.of(), List.of());
    }

    private static List<String> concluding(KnowledgeBase kb, Literal l, Set<String> fired) {
        List<String> ids = new ArrayList<>();
        for (Claim c : kb.claims()) {
            if (c.conclusion().equals(l) && fired.contains(c.id())) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    /** The assumptions, sorted by proposition id. */
    public List<Literal> assumptions() {
        return assumptions;
    }

    /** The counted sources, sorted. */
    public List<String> lens() {
        return lens;
    }

    /** Every proposition's status, in knowledge-base order. */
    public List<PropositionStatus> statuses() {
        return List.copyOf(statuses.values());
    }

    public Optional<PropositionStatus> status(String propositionId) {
        return Optional.ofNullable(statuses.get(propositionId));
    }

    public List<Tension> tensions() {
        return tensions;
    }

    public Strata strata() {
        return strata;
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
