package org.qantar.shell.render;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.PropositionKind;
import org.qantar.model.Source;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.Arrays;
import java.util.List;

/**
 * A five-proposition knowledge base built from records (no Drools), evaluated by the plain-Java
 * graph evaluator, for rendering tests with exact expected text.
 *
 * <pre>
 * a-1 (alpha):  x => y
 * a-2 (alpha):  y => z unless w
 * b-1 (beta):   x => !z
 * </pre>
 */
final class TinyKb {

    static final KnowledgeBase KB = new KnowledgeBase(
            List.of(new Source("alpha", "Alpha on things", "A. Writer", "Alpha Review", "2022-01-10", null,
                            "000_alpha.md", "00", null),
                    new Source("beta", "Beta's view", null, "Beta", "2022-01-12", null, "001_beta.md", "01", null)),
            List.of(new Proposition("x", "X happens.", PropositionKind.DRIVER),
                    new Proposition("w", "W happens.", PropositionKind.DRIVER),
                    new Proposition("y", "Y follows from X.", PropositionKind.OUTCOME),
                    new Proposition("z", "Z follows from Y, unless W.", PropositionKind.OUTCOME),
                    new Proposition("v", "Nothing reaches V.", PropositionKind.OUTCOME)),
            List.of(claim("a-1", "alpha", "X brings Y", "y", Confidence.STATED, "x"),
                    new Claim("a-2", "alpha", "Y brings Z unless W", List.of(Literal.parse("y")),
                            List.of(Literal.parse("w")), Literal.parse("z"), Confidence.LIKELY, "Two",
                            "when y comes, z is never far behind, as a rule", "Y leads to Z."),
                    claim("b-1", "beta", "X prevents Z", "!z", Confidence.LIKELY, "x")),
            List.of(new Position("alpha", "z", true, Confidence.LIKELY, "Z will come.")),
            "tiny");

    private TinyKb() {
    }

    private static Claim claim(String id, String source, String name, String conclusion, Confidence confidence,
                               String... premises) {
        return new Claim(id, source, name, Arrays.stream(premises).map(Literal::parse).toList(), List.of(),
                Literal.parse(conclusion), confidence, "One", "quote of " + id, "paraphrase of " + id);
    }

    static Evaluation evaluate(String... literals) {
        return new GraphEvaluator(KB).evaluate(Arrays.stream(literals).map(Literal::parse).toList(), KB.sourceIds());
    }
}
