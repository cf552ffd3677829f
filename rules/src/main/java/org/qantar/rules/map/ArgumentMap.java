package org.qantar.rules.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claim graph of one evaluation: propositions with their status, counted claims with source and
 * confidence, and the edges premise → claim → conclusion and unless → claim. Immutable; every edge
 * joins a proposition and a claim of the map; propositions and claims are in knowledge-base order.
 *
 * <p>Built by {@link MapBuilder} from the knowledge base and the evaluation the shell shows; cut
 * down to what leads to one proposition with {@link #around(String, int, boolean)}. The writers
 * ({@code text}, {@code dot}, {@code svg}, {@code aif}, {@code argdown}) draw it.
 *
 * @param focus the proposition the map was cut around, or null for the whole graph
 */
public record ArgumentMap(List<PropositionNode> propositions, List<ClaimNode> claims, List<Edge> edges,
                          String focus) {

    /** No depth limit for {@link #around}. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public ArgumentMap {
        propositions = List.copyOf(propositions);
        claims = List.copyOf(claims);
        edges = List.copyOf(edges);
        Map<String, PropositionNode> ps = index(propositions, PropositionNode::id);
        Map<String, ClaimNode> cs = index(claims, ClaimNode::id);
        for (Edge e : edges) {
            if (!ps.containsKey(e.proposition()) || !cs.containsKey(e.claim())) {
                throw new IllegalArgumentException("edge " + e.from() + " -> " + e.to() + " leaves the map");
            }
        }
        if (focus != null && !ps.containsKey(focus)) {
            throw new IllegalArgumentException("focus " + focus + " is not on the map");
        }
    }

    public Optional<PropositionNode> proposition(String id) {
        return propositions.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<ClaimNode> claim(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The edges into a node (claims concluding a proposition; premises and unlesses of a claim), in map order. */
    public List<Edge> into(String nodeId) {
        return edges.stream().filter(e -> e.to().equals(nodeId)).toList();
    }

    /** The edges out of a node, in map order. */
    public List<Edge> outOf(String nodeId) {
        return edges.stream().filter(e -> e.from().equals(nodeId)).toList();
    }

    /**
     * What leads to {@code proposition}: the claims that conclude it, their premises and unless
     * literals, the claims that conclude those, and so on, up to {@code depth} claims away
     * ({@link #UNLIMITED} for all). With {@code both}, also what it leads to, the same distance
     * downstream.
     *
     * @throws IllegalArgumentException if the proposition is not on the map or depth is below 1
     */
    public ArgumentMap around(String proposition, int depth, boolean both) {
        return MapFilter.around(this, proposition, depth, both);
    }

    /** Counts for summaries and tests: propositions, claims, edges. */
    public String summary() {
        return propositions.size() + " propositions, " + claims.size() + " claims, " + edges.size() + " edges";
    }

    static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) {
            if (m.put(id.apply(t), t) != null) {
                throw new IllegalArgumentException("duplicate node " + id.apply(t));
            }
        }
        return Collections.unmodifiableMap(m);
    }

    static <T> List<T> keep(List<T> items, java.util.function.Predicate<T> p) {
        List<T> kept = new ArrayList<>();
        for (T t : items) {
            if (p.test(t)) {
                kept.add(t);
            }
        }
        return kept;
    }
}
