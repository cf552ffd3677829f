package org.qantar.rules.drools;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bound on the length of a shortest derivation of a literal, one fact per literal that some claim
 * concludes. Computed over the claim graph's strongly connected components (literals, an edge from
 * each premise to the conclusion), in topological order: a component C gets
 * {@code B(C) = |concluded literals of C| + max B(P)} over the components P outside C holding a premise
 * of a claim that concludes into C (0 for a literal no claim concludes: it holds only by assumption,
 * at rank 0).
 *
 * <p>Why that bounds a shortest derivation: order the literals of C that hold by their rank. The
 * first rests only on premises outside C (a premise inside C would rank lower), so its rank is at
 * most {@code M + 1}, M the max above; each next one rests on premises outside C or on earlier ones
 * of C, so it ranks at most one above the one before. Hence the i-th ranks at most {@code M + i}. The
 * bound is never above the number of concluded literals among a literal's ancestors plus one, the
 * bound used before, and is much tighter where many branches meet (it follows the longest path, not
 * every ancestor).
 *
 * <p>Why it matters: when the assumption under a cycle of claims (a gives b, b gives a) is
 * withdrawn, truth maintenance withdraws the cycle's facts in the same rounds in which the cycle
 * re-derives them one rank higher, so the cycle climbs until nothing can be derived any more.
 * Derivations longer than any shortest one are useless, so the climb stops here, as early as is
 * sound (EngineBenchmark: p99 went from 22 ms with a fixed bound of 4,096 to about 1 ms with the
 * ancestors bound; on a generated knowledge base of 2,000 claims the components' bound cut the
 * toggle's tail again, see BENCHMARKS.md).
 */
public final class RankLimit {
    private final String literal;
    private final int value;

    public RankLimit(String literal, int value) {
        this.literal = Objects.requireNonNull(literal);
        this.value = value;
    }

    public String getLiteral() {
        return literal;
    }

    public int getValue() {
        return value;
    }

    /** The limits of every concluded literal of a knowledge base. */
    public static List<RankLimit> of(KnowledgeBase kb) {
        return of(kb.claims());
    }

    /** The limits of every literal these claims conclude, in the order of their first conclusion. */
    static List<RankLimit> of(Collection<Claim> claims) {
        Map<Literal, Integer> number = new LinkedHashMap<>();
        for (Claim c : claims) {
            number.putIfAbsent(c.conclusion(), number.size());
        }
        int concludedCount = number.size();
        for (Claim c : claims) {
            c.premises().forEach(p -> number.putIfAbsent(p, number.size()));
        }
        // premisesOf[l]: the premises of the claims concluding l (the claim graph, edges reversed)
        List<List<Integer>> premisesOf = new ArrayList<>(number.size());
        for (int l = 0; l < number.size(); l++) {
            premisesOf.add(new ArrayList<>());
        }
        for (Claim c : claims) {
            List<Integer> into = premisesOf.get(number.get(c.conclusion()));
            c.premises().forEach(p -> into.add(number.get(p)));
        }
        Components components = new Components(premisesOf);
        // Tarjan's algorithm on the reversed graph finishes a component after every component it
        // reaches, i.e. after every component holding an ancestor: in topological order.
        int[] bound = new int[components.count];
        for (int comp = 0; comp < components.count; comp++) {
            int concludedInside = 0;
            int below = 0;
            for (int l : components.members.get(comp)) {
                if (l < concludedCount) {
                    concludedInside++;
                }
                for (int p : premisesOf.get(l)) {
                    if (components.of[p] != comp) {
                        below = Math.max(below, bound[components.of[p]]);
                    }
                }
            }
            bound[comp] = below + concludedInside;
        }
        List<RankLimit> limits = new ArrayList<>(concludedCount);
        for (Map.Entry<Literal, Integer> e : number.entrySet()) {
            int l = e.getValue();
            if (l < concludedCount) {
                // literals numbered below concludedCount are exactly the concluded ones
                limits.add(new RankLimit(e.getKey().toString(), bound[components.of[l]]));
            }
        }
        return limits;
    }

    /** Strongly connected components (Tarjan, iterative), numbered in the order they are finished. */
    private static final class Components {
        final int[] of;
        final List<List<Integer>> members = new ArrayList<>();
        int count;

        Components(List<List<Integer>> edges) {
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
                        List<Integer> component = new ArrayList<>();
                        int w;
                        do {
                            w = stack[--top];
                            onStack[w] = false;
                            of[w] = count;
                            component.add(w);
                        } while (w != v);
                        members.add(component);
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

    @Override
    public String toString() {
        return "RankLimit(" + literal + ", " + value + ")";
    }
}
