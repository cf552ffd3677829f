package org.qantar.rules.map.aif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An Argument Interchange Format document in the JSON shape AIFdb and OVA read: {@code nodes}
 * (each {@code nodeID}, {@code text}, {@code type}), {@code edges} ({@code edgeID}, {@code fromID},
 * {@code toID}) and {@code locutions} (which L-node which participant spoke). Qantar's own data
 * rides in each node's extension field {@code qantar}, which AIF tools ignore.
 */
@JsonPropertyOrder({"nodes", "edges", "locutions"})
public record AifDocument(List<Node> nodes, List<AifEdge> edges, List<Locution> locutions) {

    public AifDocument {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        locutions = List.copyOf(locutions);
    }

    /**
     * One AIF node.
     *
     * @param type   {@code I} (information: a literal), {@code RA} (inference: a claim), {@code CA}
     *               (conflict), {@code L} (locution: a quote), {@code YA} (illocution: the quote argues)
     * @param qantar the extension: for an I-node the literal and its status, for an RA-node the
     *               claim, source and confidence; null when there is nothing to add
     */
    @JsonPropertyOrder({"nodeID", "text", "type", "qantar"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(String nodeID, String text, String type, Map<String, Object> qantar) {
        public Node {
            Objects.requireNonNull(nodeID, "nodeID");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(type, "type");
        }
    }

    @JsonPropertyOrder({"edgeID", "fromID", "toID"})
    public record AifEdge(String edgeID, String fromID, String toID) {
    }

    /** Who said an L-node's words: the source id. */
    @JsonPropertyOrder({"nodeID", "personID"})
    public record Locution(String nodeID, String personID) {
    }
}
