package org.qantar.rules.map;

import org.qantar.model.Confidence;
import org.qantar.model.PropositionKind;
import org.qantar.rules.Status;

import java.util.List;

import static org.qantar.rules.map.Edge.EdgeKind.CONCLUSION;
import static org.qantar.rules.map.Edge.EdgeKind.PREMISE;
import static org.qantar.rules.map.Edge.EdgeKind.UNLESS;

/**
 * The small hand-built map every writer is tested on; its expected outputs were worked out by hand.
 *
 * <pre>
 * a (assumed true) --premise--> c1 (src1, stated, established) --> x (supported true, strength stated)
 * d (open) ------unless-------> c1
 * x ---------------premise----> c2 (src2, possible, possible) --> !y (y plausible false)
 * !b (b open) -----premise----> c2
 * </pre>
 */
public final class MapExamples {

    private MapExamples() {
    }

    public static ArgumentMap small() {
        return new ArgumentMap(
                List.of(new PropositionNode("a", "A holds.", PropositionKind.DRIVER, Status.ASSUMED, true, null, false, false),
                        new PropositionNode("b", "B holds.", PropositionKind.DRIVER, Status.OPEN, null, null, false, false),
                        new PropositionNode("d", "D holds.", PropositionKind.DRIVER, Status.OPEN, null, null, false, false),
                        new PropositionNode("x", "X follows.", PropositionKind.OUTCOME, Status.SUPPORTED, true, "stated", false, false),
                        new PropositionNode("y", "Y follows.", PropositionKind.OUTCOME, Status.PLAUSIBLE, false, null, false, false)),
                List.of(new ClaimNode("c1", "src1", "A brings X", Confidence.STATED, "One", "a means x",
                                ClaimState.ESTABLISHED, false),
                        new ClaimNode("c2", "src2", "X without B rules out Y", Confidence.POSSIBLE, "Two", "x & not b",
                                ClaimState.POSSIBLE, false)),
                List.of(new Edge("a", "c1", PREMISE, true),
                        new Edge("d", "c1", UNLESS, true),
                        new Edge("c1", "x", CONCLUSION, true),
                        new Edge("x", "c2", PREMISE, true),
                        new Edge("b", "c2", PREMISE, false),
                        new Edge("c2", "y", CONCLUSION, false)),
                null);
    }
}
