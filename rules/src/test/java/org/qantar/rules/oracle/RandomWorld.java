package org.qantar.rules.oracle;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
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
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One random world of a knowledge base: assumptions, a lens, the record on or off, a confidence floor;
 * and the comparison of a Qantar evaluation of it with the oracle's answers on the mapped theories, whose
 * facts are what the world holds fixed (the record's values overridden by the assumptions).
 */
record RandomWorld(List<Literal> assumptions, List<String> lens, boolean record, Confidence floor) {

    /**
     * Each proposition assumed with probability {@code density}, either way; every source or a random
     * few; the record on three times in four; the floor {@code possible} (every claim) half the time.
     */
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
        Confidence floor = random.nextBoolean() ? Confidence.POSSIBLE
                : Confidence.values()[random.nextInt(Confidence.values().length)];
        return new RandomWorld(assumptions, lens.isEmpty() ? kb.sourceIds() : lens, random.nextInt(4) > 0, floor);
    }

    /** The claims counted: in the lens and at or above the floor. */
    List<Claim> countedClaims(KnowledgeBase kb) {
        return kb.claims().stream()
                .filter(c -> lens.contains(c.source()) && c.confidence().ordinal() <= floor.ordinal()).toList();
    }

    /** What the world holds fixed: the record (if on) overridden by the assumptions. */
    Map<String, Literal> fixed(KnowledgeBase kb) {
        return kb.inForce(assumptions, record);
    }

    /** The theory of the weakest cut: every counted claim. */
    DefeasibleTheory theory(KnowledgeBase kb) {
        return DefeasibleTheory.of(kb.propositionIds(), countedClaims(kb), fixed(kb).values());
    }

    /** The theory of each cut, from {@code stated} down to the floor. */
    Map<Confidence, DefeasibleTheory> cutTheories(KnowledgeBase kb) {
        return CutOracle.theories(kb, countedClaims(kb), fixed(kb).values(), floor);
    }

    /**
     * Asserts that Qantar's evaluation of this world equals the oracle's: every cut's strata, then every
     * status with its strength and dissent.
     */
    void assertAgrees(KnowledgeBase kb, Evaluation evaluation, Map<Confidence, DefeasibleTheory> theories,
                      Map<Confidence, ElderOracle.Answer> answers, String context) {
        for (Confidence k : theories.keySet()) {
            assertThat(evaluation.cuts().get(k)).as("cut %s, %s, %s\n%s", k.label(), context, this, theories.get(k))
                    .isEqualTo(oracleStrata(theories.get(k), answers.get(k)));
        }
        assertThat(qantar(evaluation)).as("statuses, %s, %s", context, this).isEqualTo(oracle(kb, theories, answers));
    }

    /** Qantar's graph evaluator on this world. */
    Evaluation evaluate(GraphEvaluator graph) {
        return graph.evaluate(assumptions, lens, record, floor);
    }

    /** Per proposition, {@code STATUS [value] [strength] [dissent=[claims]]} as Qantar reports it. */
    static Map<String, String> qantar(Evaluation e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (PropositionStatus s : e.statuses()) {
            out.put(s.id(), describe(s.label(), s.strength(), s.dissent()));
        }
        return out;
    }

    /** Per proposition, the status label alone ({@code SUPPORTED true}, {@code OPEN}): one cut, no strength. */
    static Map<String, String> labels(Evaluation e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (PropositionStatus s : e.statuses()) {
            out.put(s.id(), s.label());
        }
        return out;
    }

    static String describe(String label, Confidence strength, java.util.Collection<String> dissent) {
        return label + (strength == null ? "" : " " + strength.label())
                + (dissent.isEmpty() ? "" : " dissent=" + new TreeSet<>(dissent));
    }

    /** The oracle's answer per proposition in the same form, from graal-elder's answer on each cut. */
    Map<String, String> oracle(KnowledgeBase kb, Map<Confidence, DefeasibleTheory> theories,
                               Map<Confidence, ElderOracle.Answer> answers) {
        Map<String, String> out = CutOracle.statuses(kb, theories, answers);
        fixed(kb).forEach((p, l) -> {
            boolean assumed = assumptions.stream().anyMatch(a -> a.proposition().equals(p));
            out.put(p, (assumed ? "ASSUMED " : "RECORDED ") + l.value());
        });
        return out;
    }

    /** The oracle's status label per proposition on one theory, under the mapping of {@link ElderOracle#status}. */
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
        return new Strata(possible, established, firing(theory, answer, false), firing(theory, answer, true));
    }

    /** The claims whose concluding statement is supported (or, if {@code proved}, proved). */
    static Set<String> firing(DefeasibleTheory theory, ElderOracle.Answer answer, boolean proved) {
        Set<String> out = new HashSet<>();
        theory.concludingStatement().forEach((claim, key) -> {
            String label = answer.statementByKey().get(key);
            if (label != null && (proved ? ElderOracle.proved(label) : ElderOracle.supported(label))) {
                out.add(claim);
            }
        });
        return out;
    }
}
