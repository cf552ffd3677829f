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
    private final Map<String, Literal> assumed = new HashMap<>();
    private final Map<String, FactHandle> assumptionHandles = new HashMap<>();
    private final Map<String, FactHandle> countedHandles = new HashMap<>();

    DroolsScenario(KnowledgeBase kb, KieSession session) {
        this.kb = kb;
        this.session = session;
        session.insert(Stratum.POSSIBLE);
        session.insert(Stratum.ESTABLISHED);
        RankLimit.of(kb).forEach(session::insert);
        lens(List.of());
    }

    @Override
    public void assume(Literal literal) {
        Literal current = assumed.get(literal.proposition());
        if (literal.equals(current)) {
            return;
        }
        unassume(literal.proposition());
        assumed.put(literal.proposition(), literal);
        assumptionHandles.put(literal.proposition(), session.insert(new Assumption(literal.toString())));
    }

    @Override
    public void unassume(String proposition) {
        FactHandle handle = assumptionHandles.remove(proposition);
        if (handle != null) {
            session.delete(handle);
            assumed.remove(proposition);
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
        return Evaluation.derive(kb, assumed.values(), new TreeSet<>(countedHandles.keySet()),
                new Strata(possible, established, firedPossible, firedEstablished));
    }

    KieSession session() {
        return session;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
