package org.qantar.rules.map;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Cuts a map down to the neighbourhood of one proposition (see {@link ArgumentMap#around}). */
final class MapFilter {

    private MapFilter() {
    }

    static ArgumentMap around(ArgumentMap map, String proposition, int depth, boolean both) {
        if (map.proposition(proposition).isEmpty()) {
            throw new IllegalArgumentException("proposition " + proposition + " is not on the map");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, got " + depth);
        }
        Set<String> claims = new HashSet<>(reach(map, proposition, depth, true));
        if (both) {
            claims.addAll(reach(map, proposition, depth, false));
        }
        Set<String> propositions = new HashSet<>();
        propositions.add(proposition);
        for (Edge e : map.edges()) {
            if (claims.contains(e.claim())) {
                propositions.add(e.proposition());
            }
        }
        return new ArgumentMap(
                ArgumentMap.keep(map.propositions(), p -> propositions.contains(p.id())),
                ArgumentMap.keep(map.claims(), c -> claims.contains(c.id())),
                ArgumentMap.keep(map.edges(), e -> claims.contains(e.claim())),
                proposition);
    }

    /**
     * The claims within {@code depth} claim steps of the proposition: upstream, the claims concluding
     * it and (recursively) those concluding their premises and unlesses; downstream, the claims using
     * it and (recursively) those using their conclusions.
     */
    private static Set<String> reach(ArgumentMap map, String start, int depth, boolean upstream) {
        Map<String, Integer> claimDistance = new HashMap<>();
        Set<String> seenPropositions = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        Map<String, Integer> propositionDistance = new HashMap<>();
        queue.add(start);
        propositionDistance.put(start, 0);
        seenPropositions.add(start);
        while (!queue.isEmpty()) {
            String p = queue.poll();
            int d = propositionDistance.get(p);
            if (d >= depth) {
                continue;
            }
            for (Edge toClaim : upstream ? map.into(p) : map.outOf(p)) {
                String claim = toClaim.claim();
                if (claimDistance.putIfAbsent(claim, d + 1) != null) {
                    continue;
                }
                for (Edge next : upstream ? map.into(claim) : map.outOf(claim)) {
                    if (seenPropositions.add(next.proposition())) {
                        propositionDistance.put(next.proposition(), d + 1);
                        queue.add(next.proposition());
                    }
                }
            }
        }
        return claimDistance.keySet();
    }
}
