package org.qantar.rules.compare;

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

import static org.qantar.model.Confidence.LIKELY;
import static org.qantar.model.Confidence.POSSIBLE;
import static org.qantar.model.Confidence.STATED;

/**
 * A knowledge base small enough to evaluate by hand.
 *
 * <pre>
 * drivers d1 d2 d3; outcomes o1 .. o7
 * alpha:  a1 d1 → o1   a2 d1 → !o2   a3 d1 → o3   a4 o3 → o4   a5 o3 → !o5   a6 d1 → o7
 * beta:   b1 d1 → !o3               (contests o3 when both count)
 * gamma:  g1 d1 → o1
 * alpha-reprint republishes alpha and has no claims.
 *
 * positions
 * alpha:          d2 stated, d3 stated, o1 stated, o2 likely, o3 possible, o4 likely, o5 possible, o6 stated (all true)
 * alpha-reprint:  d1 stated, o1 possible (alpha's own o1 wins), o7 stated (all true)
 * beta:           !o1 stated, !o3 likely
 * gamma:          d1 stated, o1 likely
 * </pre>
 *
 * Under {@link #SCENARIO} (d1, d2, !d3; every source counted): d1 d2 d3 ASSUMED; o1 SUPPORTED true;
 * o2 SUPPORTED false; o3 CONTESTED; o4 PLAUSIBLE true; o5 PLAUSIBLE false; o6 OPEN; o7 SUPPORTED true.
 */
final class SyntheticKb {

    static final List<Literal> SCENARIO = literals("d1", "d2", "!d3");

    static final KnowledgeBase KB = new KnowledgeBase(
            List.of(source("alpha", null), source("alpha-reprint", "alpha"), source("beta", null),
                    source("gamma", null)),
            List.of(driver("d1"), driver("d2"), driver("d3"),
                    outcome("o1"), outcome("o2"), outcome("o3"), outcome("o4"), outcome("o5"), outcome("o6"),
                    outcome("o7")),
            List.of(claim("a1", "alpha", "o1", "d1"), claim("a2", "alpha", "!o2", "d1"),
                    claim("a3", "alpha", "o3", "d1"), claim("a4", "alpha", "o4", "o3"),
                    claim("a5", "alpha", "!o5", "o3"), claim("a6", "alpha", "o7", "d1"),
                    claim("b1", "beta", "!o3", "d1"),
                    claim("g1", "gamma", "o1", "d1")),
            List.of(position("alpha", "d2", STATED), position("alpha", "d3", STATED),
                    position("alpha", "o1", STATED), position("alpha", "o2", LIKELY),
                    position("alpha", "o3", POSSIBLE), position("alpha", "o4", LIKELY),
                    position("alpha", "o5", POSSIBLE), position("alpha", "o6", STATED),
                    position("alpha-reprint", "d1", STATED), position("alpha-reprint", "o1", POSSIBLE),
                    position("alpha-reprint", "o7", STATED),
                    position("beta", "!o1", STATED), position("beta", "!o3", LIKELY),
                    position("gamma", "d1", STATED), position("gamma", "o1", LIKELY)),
            "synthetic");

    static final GraphEvaluator GRAPH = new GraphEvaluator(KB);

    private SyntheticKb() {
    }

    /** The evaluation under {@code assumptions} with every source counted. */
    static Evaluation evaluate(List<Literal> assumptions) {
        return GRAPH.evaluate(assumptions, KB.sourceIds());
    }

    static List<Literal> literals(String... texts) {
        return Arrays.stream(texts).map(Literal::parse).toList();
    }

    private static Source source(String id, String reprintOf) {
        return new Source(id, "Title of " + id, null, "Outlet", "2022-01-10", null, id + ".txt", "0".repeat(64),
                reprintOf);
    }

    private static Proposition driver(String id) {
        return new Proposition(id, "Driver " + id + " holds.", PropositionKind.DRIVER);
    }

    private static Proposition outcome(String id) {
        return new Proposition(id, "Outcome " + id + " holds.", PropositionKind.OUTCOME);
    }

    private static Claim claim(String id, String source, String conclusion, String premise) {
        return new Claim(id, source, id, List.of(Literal.parse(premise)), List.of(), Literal.parse(conclusion),
                STATED, "Section", "a quote", "a paraphrase");
    }

    private static Position position(String source, String literal, Confidence confidence) {
        Literal l = Literal.parse(literal);
        return new Position(source, l.proposition(), l.value(), confidence, "a quote");
    }
}
