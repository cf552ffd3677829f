package org.qantar.rules.oracle;

import org.qantar.model.Claim;
import org.qantar.model.Literal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cycles of a claim set: literal to literal, from each premise and unless literal to the conclusion. */
final class ClaimGraph {

    private ClaimGraph() {
    }

    static boolean hasCycle(Collection<Claim> claims) {
        Map<Literal, List<Literal>> next = new HashMap<>();
        for (Claim c : claims) {
            for (Literal from : c.premises()) {
                next.computeIfAbsent(from, k -> new ArrayList<>()).add(c.conclusion());
            }
            for (Literal from : c.unless()) {
                next.computeIfAbsent(from, k -> new ArrayList<>()).add(c.conclusion());
            }
        }
        Set<Literal> done = new HashSet<>();
        for (Literal l : next.keySet()) {
            if (onCycle(l, next, new HashSet<>(), done)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onCycle(Literal l, Map<Literal, List<Literal>> next, Set<Literal> path,
                                   Set<Literal> done) {
        if (done.contains(l)) {
            return false;
        }
        if (!path.add(l)) {
            return true;
        }
        for (Literal n : next.getOrDefault(l, List.of())) {
            if (onCycle(n, next, path, done)) {
                return true;
            }
        }
        path.remove(l);
        done.add(l);
        return false;
    }
}
