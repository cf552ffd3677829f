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

class RankLimitTest {

    @Test
    void a_cycle_counts_its_own_concluded_literals_above_the_longest_chain_below_it() {
        // a gives b, b gives c, c gives b: {b, c} is a component with nothing concluded below it, so 2
        // each; !d rests on c: 3. e rests on b (2) and on the chain a -> f -> g -> h (h: 3): 4.
        List<Claim> claims = List.of(claim("x-1", "a", "b"), claim("x-2", "b", "c"), claim("x-3", "c", "b"),
                claim("x-4", "c", "!d"), claim("x-5", "a", "f"), claim("x-6", "f", "g"), claim("x-7", "g", "h"),
                claim("x-8", "h", "e"), claim("x-9", "b", "e"));
        assertThat(limits(RankLimit.of(claims))).containsExactly(
                Map.entry("!d", 3), Map.entry("b", 2), Map.entry("c", 2), Map.entry("e", 4),
                Map.entry("f", 1), Map.entry("g", 2), Map.entry("h", 3));
    }

    @Test
    void bounds_every_shortest_derivation_and_never_exceeds_the_ancestors_bound() {
        // Random claim graphs with cycles, random sets of assumptions and of counted claims (a stratum
        // counts some of the claims): every literal's shortest derivation (forward chaining, rank = 1 +
        // the highest premise rank) stays within its limit, and the limit is never above the former
        // bound (concluded ancestors + 1).
        Random random = new Random(20221);
        for (int graph = 0; graph < 300; graph++) {
            int i = graph;
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
            Map<String, Integer> limits = limits(RankLimit.of(claims));
            Map<String, Integer> ancestors = ancestorsBound(claims);
            limits.forEach((l, v) -> assertThat(v).as("graph %d, %s", i, l).isLessThanOrEqualTo(ancestors.get(l)));
            for (int world = 0; world < 20; world++) {
                Set<Literal> assumed = new HashSet<>();
                for (int l = 0; l < literals; l++) {
                    if (random.nextInt(4) == 0) {
                        assumed.add(new Literal("l" + l, random.nextBoolean()));
                    }
                }
                List<Claim> counted = claims.stream().filter(c -> random.nextInt(3) > 0).toList();
                shortestDerivations(counted, assumed).forEach((l, rank) -> {
                    if (limits.containsKey(l)) {
                        assertThat(rank).as("graph %d, %s assuming %s", i, l, assumed).isLessThanOrEqualTo(limits.get(l));
                    }
                });
            }
        }
        for (Collection<Claim> kb : List.of(Engine.load().knowledgeBase().claims(), TestKb.synthetic(7, 20, 20, 70).claims())) {
            Map<String, Integer> ancestors = ancestorsBound(kb);
            limits(RankLimit.of(kb)).forEach((l, v) -> assertThat(v).isBetween(1, ancestors.get(l)));
        }
    }

    /** Each literal's shortest derivation from the assumptions (rank 0) by these claims. */
    private static Map<String, Integer> shortestDerivations(Collection<Claim> claims, Set<Literal> assumed) {
        Map<String, Integer> rank = new HashMap<>();
        assumed.forEach(l -> rank.put(l.toString(), 0));
        for (int r = 1; ; r++) {
            Map<String, Integer> next = new HashMap<>();
            for (Claim c : claims) {
                String conclusion = c.conclusion().toString();
                if (!rank.containsKey(conclusion)
                        && c.premises().stream().allMatch(p -> rank.containsKey(p.toString()))) {
                    next.put(conclusion, r);
                }
            }
            if (next.isEmpty()) {
                return rank;
            }
            rank.putAll(next);
        }
    }

    /** The former bound: the concluded literals among a literal's ancestors, plus one (a search from each). */
    private static Map<String, Integer> ancestorsBound(Collection<Claim> claims) {
        Map<Literal, Set<Literal>> premisesOf = new HashMap<>();
        for (Claim c : claims) {
            premisesOf.computeIfAbsent(c.conclusion(), l -> new HashSet<>()).addAll(c.premises());
        }
        Map<String, Integer> limits = new TreeMap<>();
        for (Literal concluded : premisesOf.keySet()) {
            Set<Literal> ancestors = new HashSet<>();
            Deque<Literal> todo = new ArrayDeque<>(premisesOf.get(concluded));
            while (!todo.isEmpty()) {
                Literal l = todo.pop();
                if (ancestors.add(l)) {
                    todo.addAll(premisesOf.getOrDefault(l, Set.of()));
                }
            }
            ancestors.retainAll(premisesOf.keySet());
            limits.put(concluded.toString(), ancestors.size() + 1);
        }
        return limits;
    }

    private static Map<String, Integer> limits(List<RankLimit> limits) {
        Map<String, Integer> byLiteral = new TreeMap<>();
        limits.forEach(l -> assertThat(byLiteral.put(l.getLiteral(), l.getValue())).isNull());
        return byLiteral;
    }

    private static Claim claim(String id, String premise, String conclusion) {
        return new Claim(id, "s", id, List.of(Literal.parse(premise)), List.of(), Literal.parse(conclusion),
                Confidence.STATED, null, null, null);
    }
}
