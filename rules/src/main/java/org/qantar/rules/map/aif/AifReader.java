package org.qantar.rules.map.aif;

import org.qantar.model.Confidence;
import org.qantar.model.PropositionKind;
import org.qantar.model.json.Json;
import org.qantar.rules.Status;
import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.ClaimNode;
import org.qantar.rules.map.ClaimState;
import org.qantar.rules.map.Edge;
import org.qantar.rules.map.PropositionNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back what {@link AifWriter} wrote: the map, from the AIF structure (RA, CA, L and YA nodes
 * and their edges) and Qantar's {@code qantar} extension fields. It proves the mapping loses
 * nothing; it is not a reader of arbitrary AIF (an RA node without the extension is refused).
 */
public final class AifReader {

    private AifReader() {
    }

    public static ArgumentMap read(String json) {
        return read(Json.read(json, AifDocument.class));
    }

    public static ArgumentMap read(AifDocument doc) {
        Map<String, AifDocument.Node> byId = new LinkedHashMap<>();
        doc.nodes().forEach(n -> byId.put(n.nodeID(), n));
        Map<String, PropositionNode> propositions = new LinkedHashMap<>();
        Map<String, String> literalOf = new LinkedHashMap<>();
        for (AifDocument.Node n : doc.nodes()) {
            if (n.type().equals("I")) {
                Map<String, Object> ext = extension(n);
                String literal = (String) ext.get("literal");
                boolean positive = !literal.startsWith("!");
                String id = positive ? literal : literal.substring(1);
                literalOf.put(n.nodeID(), literal);
                String statement = positive ? n.text() : n.text().substring(AifWriter.NOT.length());
                propositions.putIfAbsent(id, new PropositionNode(id, statement,
                        PropositionKind.fromLabel((String) ext.get("kind")), Status.valueOf((String) ext.get("status")),
                        (Boolean) ext.get("value"), (String) ext.get("strength"),
                        Boolean.TRUE.equals(ext.get("counterfactual")), Boolean.TRUE.equals(ext.get("pushedAgainst"))));
            }
        }
        List<ClaimNode> claims = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (AifDocument.Node ra : doc.nodes()) {
            if (!ra.type().equals("RA")) {
                continue;
            }
            Map<String, Object> ext = extension(ra);
            String claim = (String) ext.get("claim");
            List<Edge> premises = new ArrayList<>();
            List<Edge> unless = new ArrayList<>();
            Edge conclusion = null;
            String quote = "";
            for (AifDocument.AifEdge e : doc.edges()) {
                if (e.toID().equals(ra.nodeID())) {
                    AifDocument.Node from = byId.get(e.fromID());
                    switch (from.type()) {
                        case "I" -> premises.add(edge(literalOf.get(from.nodeID()), claim, Edge.EdgeKind.PREMISE));
                        case "CA" -> unless.add(edge(literalOf.get(single(doc, from.nodeID())), claim,
                                Edge.EdgeKind.UNLESS));
                        case "YA" -> {
                            AifDocument.Node l = byId.get(single(doc, from.nodeID()));
                            quote = l.text().substring(((String) ext.get("source")).length() + 2);
                        }
                        default -> throw new IllegalArgumentException("unexpected " + from.type() + " into RA " + ra.nodeID());
                    }
                } else if (e.fromID().equals(ra.nodeID())) {
                    String literal = literalOf.get(e.toID());
                    boolean positive = !literal.startsWith("!");
                    conclusion = new Edge(claim, positive ? literal : literal.substring(1), Edge.EdgeKind.CONCLUSION, positive);
                }
            }
            claims.add(new ClaimNode(claim, (String) ext.get("source"), (String) ext.get("name"),
                    Confidence.fromLabel((String) ext.get("confidence")), (String) ext.get("section"), quote,
                    ClaimState.valueOf(((String) ext.get("state")).toUpperCase(java.util.Locale.ROOT)),
                    Boolean.TRUE.equals(ext.get("pushesAgainst"))));
            edges.addAll(premises);
            edges.addAll(unless);
            if (conclusion == null) {
                throw new IllegalArgumentException("RA " + ra.nodeID() + " concludes nothing");
            }
            edges.add(conclusion);
        }
        return new ArgumentMap(new ArrayList<>(propositions.values()), claims, edges, null);
    }

    private static Edge edge(String literal, String claim, Edge.EdgeKind kind) {
        boolean positive = !literal.startsWith("!");
        return new Edge(positive ? literal : literal.substring(1), claim, kind, positive);
    }

    /** The one node with an edge into {@code nodeId}. */
    private static String single(AifDocument doc, String nodeId) {
        return doc.edges().stream().filter(e -> e.toID().equals(nodeId)).map(AifDocument.AifEdge::fromID)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("nothing leads into node " + nodeId));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extension(AifDocument.Node n) {
        if (n.qantar() == null) {
            throw new IllegalArgumentException("node " + n.nodeID() + " has no qantar extension");
        }
        return n.qantar();
    }
}
