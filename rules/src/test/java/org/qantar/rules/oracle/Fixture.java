package org.qantar.rules.oracle;

import org.qantar.model.Literal;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.graph.GraphEvaluator;
import org.qantar.rules.testkb.SyntheticKb;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A small example from the literature as Qantar claims ({@code "a & !b -> c unless d"}, one source),
 * answered by Qantar's graph evaluator and by graal-elder under either policy, in Qantar's words
 * ({@code SUPPORTED true}, {@code CONTESTED}, ...), per proposition; and by ASPIC+ under grounded semantics.
 */
final class Fixture {

    private final SyntheticKb spec = new SyntheticKb();
    private KnowledgeBase kb;

    static Fixture of(String... claims) {
        Fixture f = new Fixture();
        for (String c : claims) {
            f.spec.claim("src", c);
        }
        f.kb = f.spec.knowledgeBase();
        return f;
    }

    Map<String, String> qantar(String... assumptions) {
        return RandomWorld.qantar(new GraphEvaluator(kb).evaluate(literals(assumptions), kb.sourceIds()));
    }

    Map<String, String> elder(ElderOracle.Policy policy, String... assumptions) {
        DefeasibleTheory theory = theory(assumptions);
        return RandomWorld.oracle(kb, ElderOracle.labels(theory, policy), theory.facts());
    }

    /** graal-elder's answer on a theory written by hand over this fixture's propositions. */
    Map<String, String> elder(String dlgp, ElderOracle.Policy policy, String... assumptions) {
        DefeasibleTheory theory = DefeasibleTheory.ofText(dlgp, kb.propositionIds(), literals(assumptions));
        return RandomWorld.oracle(kb, ElderOracle.labels(theory, policy), theory.facts());
    }

    /** TweetyProject's ASPIC+ grounded answer on the same claims ({@link AspicOracle}). */
    Map<String, String> aspicGrounded(String... assumptions) {
        return AspicOracle.grounded(kb, literals(assumptions));
    }

    DefeasibleTheory theory(String... assumptions) {
        return DefeasibleTheory.of(kb.propositionIds(), kb.claims(), literals(assumptions));
    }

    KnowledgeBase knowledgeBase() {
        return kb;
    }

    private static List<Literal> literals(String... assumptions) {
        return Arrays.stream(assumptions).map(Literal::parse).toList();
    }
}
