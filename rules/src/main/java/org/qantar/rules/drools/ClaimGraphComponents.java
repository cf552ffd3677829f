package org.qantar.rules.drools;

import org.qantar.model.Claim;
import org.qantar.model.Literal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strongly connected components of a knowledge base's claim graph (literals; an edge from each
 * premise of a claim to its conclusion), for ranks: only a cycle of claims can keep its own facts
 * alive under truth maintenance, and a cycle lies inside one component, so a derived fact's rank
 * needs to exceed only the ranks of its premises in its own component ({@link Consequences}). A
 * literal that lies on no cycle thus always has rank 1 when derived, and a change upstream of a
 * component changes no rank inside it.
 */
final class ClaimGraphComponents {

    /** Component of each literal the claims name, by its DRL spelling; a literal on no cycle has one of its own. */
    private final Map<String, Integer> component;
    /** Per component: how many of its literals some claim concludes. */
    private final int[] concluded;
    /** The concluded literals, in the order of their first conclusion. */
    private final List<String> concludedLiterals;

    private ClaimGraphComponents(Map<String, Integer> component, int[] concluded, List<String> concludedLiterals) {
        this.component = component;
        this.concluded = concluded;
        this.concludedLiterals = concludedLiterals;
    }

    static ClaimGraphComponents of(Collection<Claim> claims) {
        Map<Literal, Integer> number = new LinkedHashMap<>();
        for (Claim c : claims) {
            number.putIfAbsent(c.conclusion(), number.size());
        }
        int concludedCount = number.size();
        for (Claim c : claims) {
            c.premises().forEach(p -> number.putIfAbsent(p, number.size()));
        }
        List<List<Integer>> conclusionsOf = new ArrayList<>(number.size());
        for (int l = 0; l < number.size(); l++) {
            conclusionsOf.add(new ArrayList<>());
        }
        for (Claim c : claims) {
            int to = number.get(c.conclusion());
            c.premises().forEach(p -> conclusionsOf.get(number.get(p)).add(to));
        }
        int[] of = new Tarjan(conclusionsOf).of;
        int components = 0;
        for (int c : of) {
            components = Math.max(components, c + 1);
        }
        int[] concluded = new int[components];
        Map<String, Integer> component = new HashMap<>();
        List<String> concludedLiterals = new ArrayList<>(concludedCount);
        for (Map.Entry<Literal, Integer> e : number.entrySet()) {
            int l = e.getValue();
            component.put(e.getKey().toString(), of[l]);
            if (l < concludedCount) {
                // literals numbered below concludedCount are exactly the concluded ones
                concluded[of[l]]++;
                concludedLiterals.add(e.getKey().toString());
            }
        }
        return new ClaimGraphComponents(component, concluded, concludedLiterals);
    }

    /** The component of a literal as the rules write it; -1 for a literal no claim names. */
    int component(String literal) {
        Integer c = component.get(literal);
        return c == null ? -1 : c;
    }

    /**
     * The highest rank a shortest derivation of a literal can have, ranks counting only the steps
     * inside the literal's component ({@link Stratum#ranksWith}): the number of concluded literals in
     * that component. Order the literals of a component that hold by rank: the first rests on no
     * premise of its component (one would rank lower), so it ranks 1; each next one rests on earlier
     * ones at most, so it ranks at most one above the one before. A literal on no cycle always ranks
     * 1. For a literal no claim concludes (only an assumption derives it, at rank 0): 0.
     *
     * <p>Why it matters: when the assumption under a cycle of claims (a gives b, b gives a) is
     * withdrawn, truth maintenance withdraws the cycle's facts in the same rounds in which the cycle
     * re-derives them one rank higher, so the cycle climbs until nothing can be derived any more.
     * Derivations ranked above any shortest one are useless, so the climb stops here, as early as is
     * sound (EngineBenchmark: p99 went from 22 ms with a fixed bound of 4,096 to about 1 ms with a
     * bound per literal).
     */
    int rankLimit(String literal) {
        int c = component(literal);
        return c < 0 ? 0 : concluded[c];
    }

    /** The concluded literals, in the order of their first conclusion. */
    List<String> concludedLiterals() {
        return concludedLiterals;
    }

    /** Strongly connected components (Tarjan's algorithm, iterative: a claim chain may be long). */
    private static final class Tarjan {
        final int[] of;

        Tarjan(List<List<Integer>> edges) {
            int n = edges.size();
            of = new int[n];
            int[] order = new int[n];
            int[] low = new int[n];
            boolean[] onStack = new boolean[n];
            java.util.Arrays.fill(order, -1);
            int[] stack = new int[n];
            int top = 0;
            int[] callNode = new int[n];
            int[] callEdge = new int[n];
            int counter = 0;
            int count = 0;
            for (int root = 0; root < n; root++) {
                if (order[root] >= 0) {
                    continue;
                }
                int depth = 0;
                callNode[0] = root;
                callEdge[0] = 0;
                order[root] = low[root] = counter++;
                stack[top++] = root;
                onStack[root] = true;
                while (depth >= 0) {
                    int v = callNode[depth];
                    List<Integer> out = edges.get(v);
                    if (callEdge[depth] < out.size()) {
                        int w = out.get(callEdge[depth]++);
                        if (order[w] < 0) {
                            order[w] = low[w] = counter++;
                            stack[top++] = w;
                            onStack[w] = true;
                            depth++;
                            callNode[depth] = w;
                            callEdge[depth] = 0;
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], order[w]);
                        }
                        continue;
                    }
                    if (low[v] == order[v]) {
                        int w;
                        do {
                            w = stack[--top];
                            onStack[w] = false;
                            of[w] = count;
                        } while (w != v);
                        count++;
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callNode[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
    }
}
