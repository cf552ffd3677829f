package org.qantar.rules.hindsight;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.PropositionKind;
import org.qantar.model.Source;
import org.qantar.rules.KnowledgeBase;

import java.util.List;

import static org.qantar.model.Confidence.LIKELY;
import static org.qantar.model.Confidence.POSSIBLE;
import static org.qantar.model.Confidence.STATED;

/**
 * A registry small enough to score by hand.
 *
 * <pre>
 * drivers d1 d2; outcomes o1 o2 o3 o4
 * ann:  a1 d1 => o1 (stated)   a2 d1 => !o2 unless o3 (likely)
 * bob:  b1 o1 => o3 (stated)   b2 d2 => o4 (possible)
 * ann-reprint republishes ann.
 *
 * positions
 * ann:          d1 stated, o1 stated, !o2 likely, o3 possible
 * ann-reprint:  o4 stated (joins ann's voice)
 * bob:          !o1 likely, o3 stated, !o4 possible
 *
 * shipped resolutions: d1 true, o1 true, o2 partly (with a note), o3 false; o4 unresolved
 * </pre>
 */
final class HindsightKb {

    static final KnowledgeBase KB = new KnowledgeBase(
            List.of(source("ann", null), source("ann-reprint", "ann"), source("bob", null)),
            List.of(proposition("d1", PropositionKind.DRIVER), proposition("d2", PropositionKind.DRIVER),
                    proposition("o1", PropositionKind.OUTCOME), proposition("o2", PropositionKind.OUTCOME),
                    proposition("o3", PropositionKind.OUTCOME), proposition("o4", PropositionKind.OUTCOME)),
            List.of(claim("a1", "ann", STATED, "o1", List.of("d1"), List.of()),
                    claim("a2", "ann", LIKELY, "!o2", List.of("d1"), List.of("o3")),
                    claim("b1", "bob", STATED, "o3", List.of("o1"), List.of()),
                    claim("b2", "bob", POSSIBLE, "o4", List.of("d2"), List.of())),
            List.of(position("ann", "d1", STATED), position("ann", "o1", STATED), position("ann", "!o2", LIKELY),
                    position("ann", "o3", POSSIBLE), position("ann-reprint", "o4", STATED),
                    position("bob", "!o1", LIKELY), position("bob", "o3", STATED), position("bob", "!o4", POSSIBLE)),
            "hindsight-test");

    static final List<Resolution> SHIPPED = List.of(
            resolution("d1", ResolvedValue.TRUE, null),
            resolution("o1", ResolvedValue.TRUE, null),
            resolution("o2", ResolvedValue.PARTLY, "only in the north"),
            resolution("o3", ResolvedValue.FALSE, null));

    private HindsightKb() {
    }

    static Resolution resolution(String proposition, ResolvedValue value, String note) {
        return new Resolution(proposition, value, "2022-06", "What happened to " + proposition + ".",
                "Document " + proposition, note);
    }

    private static Source source(String id, String reprintOf) {
        return new Source(id, "Title " + id, null, "Outlet " + id, "2022-01-10", null, id + ".txt", "0".repeat(64),
                reprintOf);
    }

    private static Proposition proposition(String id, PropositionKind kind) {
        return new Proposition(id, "Statement " + id + ".", kind);
    }

    private static Claim claim(String id, String source, Confidence confidence, String conclusion,
                               List<String> premises, List<String> unless) {
        return new Claim(id, source, id, premises.stream().map(Literal::parse).toList(),
                unless.stream().map(Literal::parse).toList(), Literal.parse(conclusion), confidence, "S", "q", "p");
    }

    private static Position position(String source, String literal, Confidence confidence) {
        Literal l = Literal.parse(literal);
        return new Position(source, l.proposition(), l.value(), confidence, "q");
    }
}
