package org.qantar.rules.drools;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Scenario;
import org.qantar.rules.Strata;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stateful Drools session for one scenario. Assumptions and counted sources are stated facts,
 * changed one at a time; everything else is inserted logically by the rules, so truth maintenance
 * withdraws exactly what rested on a changed fact.
 */
final class DroolsScenario implements Scenario {

    private final KnowledgeBase kb;
    private final KieSession session;
    /** The user's assumptions, by proposition. */
    private final Map<String, Literal> assumed = new HashMap<>();
    /** What is inserted as an Assumption, by proposition: the user's assumption, else the record's value. */
    private final Map<String, Literal> inForce = new HashMap<>();
    private final Map<String, FactHandle> assumptionHandles = new HashMap<>();
    private boolean record = true;
    private final Map<String, FactHandle> countedHandles = new HashMap<>();

    DroolsScenario(KnowledgeBase kb, KieSession session) {
        this.kb = kb;
        this.session = session;
        session.insert(Stratum.POSSIBLE);
        session.insert(Stratum.ESTABLISHED);
        RankLimit.of(kb).forEach(session::insert);
        lens(List.of());
        kb.record().forEach(f -> settle(f.proposition()));
    }

    @Override
    public void assume(Literal literal) {
        assumed.put(literal.proposition(), literal);
        settle(literal.proposition());
    }

    @Override
    public void unassume(String proposition) {
        if (assumed.remove(proposition) != null) {
            settle(proposition);
        }
    }

    @Override
    public void record(boolean on) {
        if (on != record) {
            record = on;
            kb.record().forEach(f -> settle(f.proposition()));
        }
    }

    /** Makes the Assumption fact of a proposition what the user's assumption and the record say. */
    private void settle(String proposition) {
        Literal wanted = assumed.get(proposition);
        if (wanted == null && record) {
            wanted = kb.recorded(proposition).map(org.qantar.model.RecordedFact::literal).orElse(null);
        }
        if (java.util.Objects.equals(wanted, inForce.get(proposition))) {
            return;
        }
        FactHandle handle = assumptionHandles.remove(proposition);
        if (handle != null) {
            session.delete(handle);
            inForce.remove(proposition);
        }
        if (wanted != null) {
            inForce.put(proposition, wanted);
            assumptionHandles.put(proposition, session.insert(new Assumption(wanted.toString())));
        }
    }

    @Override
    public void assumeOnly(Collection<Literal> literals) {
        Map<String, Literal> wanted = new HashMap<>();
        literals.forEach(l -> wanted.put(l.proposition(), l));
        for (String p : List.copyOf(assumed.keySet())) {
            if (!wanted.containsKey(p)) {
                unassume(p);
            }
        }
        wanted.values().forEach(this::assume);
    }

    @Override
    public void lens(Collection<String> sources) {
        Set<String> wanted = new HashSet<>(sources.isEmpty() ? kb.sourceIds() : sources);
        for (String s : List.copyOf(countedHandles.keySet())) {
            if (!wanted.contains(s)) {
                session.delete(countedHandles.remove(s));
            }
        }
        for (String s : wanted) {
            if (!countedHandles.containsKey(s)) {
                countedHandles.put(s, session.insert(new CountedSource(s)));
            }
        }
    }

    @Override
    public Evaluation evaluation() {
        session.fireAllRules();
        Set<Literal> possible = new HashSet<>();
        Set<Literal> established = new HashSet<>();
        Set<String> firedPossible = new HashSet<>();
        Set<String> firedEstablished = new HashSet<>();
        for (Object fact : session.getObjects()) {
            if (fact instanceof Holds h) {
                (h.getStratum() == Stratum.POSSIBLE ? possible : established).add(Literal.parse(h.getLiteral()));
            } else if (fact instanceof Conclusion c && countedHandles.containsKey(c.getSource())) {
                (c.getStratum() == Stratum.POSSIBLE ? firedPossible : firedEstablished).add(c.getClaim());
            }
        }
        return Evaluation.derive(kb, assumed.values(), new TreeSet<>(countedHandles.keySet()), record,
                org.qantar.model.Confidence.POSSIBLE, Map.of(org.qantar.model.Confidence.POSSIBLE,
                        new Strata(possible, established, firedPossible, firedEstablished)));
    }

    KieSession session() {
        return session;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
