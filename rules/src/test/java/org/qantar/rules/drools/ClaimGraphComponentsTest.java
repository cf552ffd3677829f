package org.qantar.rules.drools;

import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.rules.Engine;
import org.qantar.rules.analysis.TestKb;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimGraphComponentsTest {

    @Test
    void a_literal_on_no_cycle_ranks_1_and_one_on_a_cycle_at_most_its_components_concluded_literals() {
        // a gives b, b gives c, c gives b: {b, c} is a cycle, so 2 each; the rest lie on no cycle.
        List<Claim> claims = List.of(claim("x-1", "a", "b"), claim("x-2", "b", "c"), claim("x-3", "c", "b"),
                claim("x-4", "c", "!d"), claim("x-5", "a", "f"), claim("x-6", "f", "g"), claim("x-7", "g", "h"),
                claim("x-8", "h", "e"), claim("x-9", "b", "e"), claim("x-10", "e", "e"));
        ClaimGraphComponents components = ClaimGraphComponents.of(claims);

        assertThat(limits(components)).containsExactly(Map.entry("!d", 1), Map.entry("b", 2), Map.entry("c", 2),
                Map.entry("e", 1), Map.entry("f", 1), Map.entry("g", 1), Map.entry("h", 1));
        assertThat(components.rankLimit("a")).isZero();
        assertThat(components.component("b")).isEqualTo(components.component("c"))
                .isNotEqualTo(components.component("e"));
        assertThat(components.component("unknown")).isEqualTo(-1);
    }

    @Test
    void equals_a_search_on_random_graphs_and_bounds_every_shortest_derivation_ranked_within_components() {
        // Random claim graphs with cycles; random assumptions and counted claims (a stratum counts
        // some of the claims): every literal's shortest derivation, ranked as the engine ranks it
        // (one above its highest premise in its own component), stays within its limit.
        Random random = new Random(20221);
        for (int graph = 0; graph < 300; graph++) {
            int g = graph;
            List<Claim> claims = new ArrayList<>();
            int literals = 3 + random.nextInt(30);
            int n = 1 + random.nextInt(60);
            for (int c = 0; c < n; c++) {
                List<Literal> premises = new ArrayList<>();
                for (int p = random.nextInt(4); p > 0; p--) {
                    premises.add(new Literal("l" + random.nextInt(literals), random.nextBoolean()));
                }
                claims.add(new Claim("r-" + c, "s", "n", premises, List.of(),
                        new Literal("l" + random.nextInt(literals), random.nextBoolean()),
                        Confidence.STATED, null, null, null));
            }
            ClaimGraphComponents components = ClaimGraphComponents.of(claims);
            Map<String, Integer> limits = limits(components);
            assertThat(limits).as("graph %d", g).isEqualTo(bySearch(claims));
            for (int world = 0; world < 20; world++) {
                Set<Literal> assumed = new HashSet<>();
                for (int l = 0; l < literals; l++) {
                    if (random.nextInt(4) == 0) {
                        assumed.add(new Literal("l" + l, random.nextBoolean()));
                    }
                }
                List<Claim> counted = claims.stream().filter(c -> random.nextInt(3) > 0).toList();
                shortestDerivations(counted, assumed, components).forEach((l, rank) -> {
                    if (limits.containsKey(l)) {
                        assertThat(rank).as("graph %d, %s assuming %s", g, l, assumed).isLessThanOrEqualTo(limits.get(l));
                    }
                });
            }
        }
        for (Collection<Claim> kb : List.of(Engine.load().knowledgeBase().claims(), TestKb.synthetic(7, 20, 20, 70).claims())) {
            assertThat(limits(ClaimGraphComponents.of(kb))).isEqualTo(bySearch(kb));
        }
    }

    /**
     * Each literal's shortest derivation from the assumptions (rank 0) by these claims, a conclusion
     * ranking one above its highest premise in its own component (Bellman-Ford: ranks only fall).
     */
    private static Map<String, Integer> shortestDerivations(Collection<Claim> claims, Set<Literal> assumed,
                                                            ClaimGraphComponents components) {
        Map<String, Integer> rank = new HashMap<>();
        assumed.forEach(l -> rank.put(l.toString(), 0));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Claim c : claims) {
                String conclusion = c.conclusion().toString();
                if (!c.premises().stream().allMatch(p -> rank.containsKey(p.toString()))) {
                    continue;
                }
                int r = 1;
                for (Literal p : c.premises()) {
                    if (components.component(p.toString()) == components.component(conclusion)) {
                        r = Math.max(r, rank.get(p.toString()) + 1);
                    }
                }
                Integer before = rank.get(conclusion);
                if (before == null || r < before) {
                    rank.put(conclusion, r);
                    changed = true;
                }
            }
        }
        return rank;
    }

    /** The definition, by search: the concluded literals that reach a literal and are reached from it, itself included. */
    private static Map<String, Integer> bySearch(Collection<Claim> claims) {
        Map<Literal, Set<Literal>> premisesOf = new HashMap<>();
        for (Claim c : claims) {
            premisesOf.computeIfAbsent(c.conclusion(), l -> new HashSet<>()).addAll(c.premises());
        }
        Map<Literal, Set<Literal>> ancestors = new HashMap<>();
        for (Literal concluded : premisesOf.keySet()) {
            Set<Literal> seen = new HashSet<>();
            Deque<Literal> todo = new ArrayDeque<>(premisesOf.get(concluded));
            while (!todo.isEmpty()) {
                Literal l = todo.pop();
                if (seen.add(l)) {
                    todo.addAll(premisesOf.getOrDefault(l, Set.of()));
                }
            }
            ancestors.put(concluded, seen);
        }
        Map<String, Integer> limits = new TreeMap<>();
        for (Literal l : premisesOf.keySet()) {
            int count = 1;
            for (Literal m : premisesOf.keySet()) {
                if (!m.equals(l) && ancestors.get(l).contains(m) && ancestors.get(m).contains(l)) {
                    count++;
                }
            }
            limits.put(l.toString(), count);
        }
        return limits;
    }

    private static Map<String, Integer> limits(ClaimGraphComponents components) {
        Map<String, Integer> byLiteral = new TreeMap<>();
        components.concludedLiterals().forEach(l -> assertThat(byLiteral.put(l, components.rankLimit(l))).isNull());
        return byLiteral;
    }

    private static Claim claim(String id, String premise, String conclusion) {
        return new Claim(id, "s", id, List.of(Literal.parse(premise)), List.of(), Literal.parse(conclusion),
                Confidence.STATED, null, null, null);
    }
}
