package org.qantar.rules.oracle;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One random world of a synthetic knowledge base: assumptions and a lens; and the comparison of a
 * Qantar evaluation of it with the oracle's answer on the mapped theory.
 */
record RandomWorld(List<Literal> assumptions, List<String> lens) {

    /** Each proposition assumed with probability {@code density}, either way; every source or a random few. */
    static RandomWorld draw(Random random, KnowledgeBase kb, double density) {
        List<Literal> assumptions = new ArrayList<>();
        for (String p : kb.propositionIds()) {
            if (random.nextDouble() < density) {
                assumptions.add(new Literal(p, random.nextBoolean()));
            }
        }
        List<String> lens = new ArrayList<>();
        for (String s : kb.sourceIds()) {
            if (random.nextInt(3) > 0) {
                lens.add(s);
            }
        }
        return new RandomWorld(assumptions, lens.isEmpty() ? kb.sourceIds() : lens);
    }

    List<Claim> countedClaims(KnowledgeBase kb) {
        return kb.claims().stream().filter(c -> lens.contains(c.source())).toList();
    }

    DefeasibleTheory theory(KnowledgeBase kb) {
        return DefeasibleTheory.of(kb.propositionIds(), countedClaims(kb), assumptions);
    }

    /** Qantar's status label per proposition ({@code SUPPORTED true}, {@code OPEN}, ...). */
    static Map<String, String> qantar(Evaluation e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (PropositionStatus s : e.statuses()) {
            out.put(s.id(), s.label());
        }
        return out;
    }

    /** The oracle's status label per proposition, under the mapping of {@link ElderOracle#status}. */
    static Map<String, String> oracle(KnowledgeBase kb, Map<Literal, String> labels, Set<Literal> facts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : kb.propositionIds()) {
            out.put(p, ElderOracle.status(labels, facts, p));
        }
        return out;
    }
}
