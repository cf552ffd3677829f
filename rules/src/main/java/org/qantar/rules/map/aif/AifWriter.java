package org.qantar.rules.map.aif;

import org.qantar.model.json.Json;
import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.ClaimNode;
import org.qantar.rules.map.Edge;
import org.qantar.rules.map.PropositionNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map in the Argument Interchange Format. The mapping (README, "The argument map"):
 * <ul>
 * <li>each literal a claim uses is an I-node (text: the statement, {@code not: } before it for a
 *     negated literal); a proposition no claim uses is an I-node of its positive literal;</li>
 * <li>a claim is an RA-node with edges from its premises' I-nodes and to its conclusion's;</li>
 * <li>an {@code unless} literal's I-node → CA-node → the claim's RA-node;</li>
 * <li>where both {@code x} and {@code !x} are I-nodes, they conflict both ways (two CA-nodes);</li>
 * <li>a claim's quote is an L-node (text {@code source: quote}) → YA-node ("Arguing") → the RA-node,
 *     with a locution naming the source.</li>
 * </ul>
 * Node ids are numbers as strings, in this order: I-nodes by proposition (positive literal first),
 * then per claim its RA, CA, L and YA nodes, then the negation CAs. Confidence, source and status go
 * in the {@code qantar} extension field.
 */
public final class AifWriter {

    static final String INFERENCE = "Default Inference";
    static final String CONFLICT = "Default Conflict";
    static final String ARGUING = "Arguing";
    static final String NOT = "not: ";

    private final List<AifDocument.Node> nodes = new ArrayList<>();
    private final List<AifDocument.AifEdge> edges = new ArrayList<>();
    private final List<AifDocument.Locution> locutions = new ArrayList<>();
    private final Map<String, String> literalNode = new LinkedHashMap<>();

    private AifWriter() {
    }

    public static AifDocument document(ArgumentMap map) {
        return new AifWriter().build(map);
    }

    public static String write(ArgumentMap map) {
        return Json.writePretty(document(map)) + "\n";
    }

    private AifDocument build(ArgumentMap map) {
        for (PropositionNode p : map.propositions()) {
            boolean positive = map.edges().stream().anyMatch(e -> e.proposition().equals(p.id()) && e.positive());
            boolean negative = map.edges().stream().anyMatch(e -> e.proposition().equals(p.id()) && !e.positive());
            if (positive || !negative) {
                information(p, true);
            }
            if (negative) {
                information(p, false);
            }
        }
        for (ClaimNode c : map.claims()) {
            String ra = node(INFERENCE, "RA", claimExtension(c));
            for (Edge e : map.into(c.id())) {
                if (e.kind() == Edge.EdgeKind.PREMISE) {
                    edge(literalNode.get(e.literal()), ra);
                }
            }
            Edge conclusion = map.outOf(c.id()).get(0);
            edge(ra, literalNode.get(conclusion.literal()));
            for (Edge e : map.into(c.id())) {
                if (e.kind() == Edge.EdgeKind.UNLESS) {
                    String ca = node(CONFLICT, "CA", Map.of("unless", c.id()));
                    edge(literalNode.get(e.literal()), ca);
                    edge(ca, ra);
                }
            }
            if (!c.quote().isEmpty()) {
                String l = node(c.source() + ": " + c.quote(), "L", null);
                locutions.add(new AifDocument.Locution(l, c.source()));
                String ya = node(ARGUING, "YA", null);
                edge(l, ya);
                edge(ya, ra);
            }
        }
        for (PropositionNode p : map.propositions()) {
            String yes = literalNode.get(p.id());
            String no = literalNode.get("!" + p.id());
            if (yes != null && no != null) {
                String one = node(CONFLICT, "CA", Map.of("negation", p.id()));
                edge(yes, one);
                edge(one, no);
                String other = node(CONFLICT, "CA", Map.of("negation", p.id()));
                edge(no, other);
                edge(other, yes);
            }
        }
        return new AifDocument(nodes, edges, locutions);
    }

    private void information(PropositionNode p, boolean positive) {
        String literal = positive ? p.id() : "!" + p.id();
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("literal", literal);
        ext.put("kind", p.kind().label());
        ext.put("status", p.status().name());
        ext.put("value", p.value());
        ext.put("strength", p.strength());
        ext.put("counterfactual", p.counterfactual());
        ext.put("pushedAgainst", p.pushedAgainst());
        literalNode.put(literal, node(positive ? p.statement() : NOT + p.statement(), "I", ext));
    }

    private static Map<String, Object> claimExtension(ClaimNode c) {
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("claim", c.id());
        ext.put("source", c.source());
        ext.put("confidence", c.confidence().label());
        ext.put("state", c.state().label());
        ext.put("name", c.name());
        ext.put("section", c.section());
        ext.put("pushesAgainst", c.pushesAgainst());
        return ext;
    }

    private String node(String text, String type, Map<String, Object> extension) {
        String id = String.valueOf(nodes.size() + 1);
        nodes.add(new AifDocument.Node(id, text, type, extension));
        return id;
    }

    private void edge(String from, String to) {
        edges.add(new AifDocument.AifEdge(String.valueOf(edges.size() + 1), from, to));
    }
}
