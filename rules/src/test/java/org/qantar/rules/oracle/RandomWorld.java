package org.qantar.rules.oracle;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Strata;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One random world of a knowledge base: assumptions, a lens, the record on or off; and the comparison
 * of a Qantar evaluation of it with the oracle's answer on the mapped theory, whose facts are what the
 * world holds fixed (the record's values overridden by the assumptions).
 */
record RandomWorld(List<Literal> assumptions, List<String> lens, boolean record) {

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
        return new RandomWorld(assumptions, lens.isEmpty() ? kb.sourceIds() : lens, random.nextInt(4) > 0);
    }

    List<Claim> countedClaims(KnowledgeBase kb) {
        return kb.claims().stream().filter(c -> lens.contains(c.source())).toList();
    }

    DefeasibleTheory theory(KnowledgeBase kb) {
        return DefeasibleTheory.of(kb.propositionIds(), countedClaims(kb), kb.inForce(assumptions, record).values());
    }

    /** Qantar's graph evaluator on this world. */
    Evaluation evaluate(GraphEvaluator graph) {
        // The oracle is given every counted claim: compare with Qantar's weakest cut read on its own
        // (with confidence cuts a stronger cut may settle what the weakest leaves contested).
        Evaluation e = graph.evaluate(assumptions, lens, record);
        return Evaluation.derive(graph.knowledgeBase(), assumptions, e.lens(), record,
                org.qantar.model.Confidence.POSSIBLE, java.util.Map.of(org.qantar.model.Confidence.POSSIBLE, e.strata()));
    }

    /** The oracle's status per proposition in this world: what it holds fixed is ASSUMED or RECORDED. */
    Map<String, String> oracle(KnowledgeBase kb, Map<Literal, String> labels) {
        Map<String, Literal> fixed = kb.inForce(assumptions, record);
        Map<String, String> out = oracle(kb, labels, Set.copyOf(fixed.values()));
        fixed.forEach((p, l) -> {
            boolean assumed = assumptions.stream().anyMatch(a -> a.proposition().equals(p));
            out.put(p, (assumed ? "ASSUMED " : "RECORDED ") + l.value());
        });
        return out;
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

    /**
     * The strata the oracle's labels give: possible ⇔ supported, established ⇔ proved, and a claim fires
     * (possibly, or established) iff the statement concluding for it is supported, or proved.
     */
    static Strata oracleStrata(DefeasibleTheory theory, ElderOracle.Answer answer) {
        Set<Literal> possible = new HashSet<>();
        Set<Literal> established = new HashSet<>();
        answer.labels().forEach((l, label) -> {
            if (ElderOracle.supported(label)) {
                possible.add(l);
            }
            if (ElderOracle.proved(label)) {
                established.add(l);
            }
        });
        Set<String> firedPossible = new HashSet<>();
        Set<String> firedEstablished = new HashSet<>();
        theory.concludingStatement().forEach((claim, key) -> {
            String label = answer.statementByKey().get(key);
            if (label != null && ElderOracle.supported(label)) {
                firedPossible.add(claim);
            }
            if (label != null && ElderOracle.proved(label)) {
                firedEstablished.add(claim);
            }
        });
        return new Strata(possible, established, firedPossible, firedEstablished);
    }
}
