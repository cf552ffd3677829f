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
    void a_cycle_counts_every_derived_literal_among_its_ancestors() {
        // a gives b, b gives c, c gives b: b's and c's derived ancestors are {b, c}, so 3 each.
        List<Claim> claims = List.of(claim("x-1", "a", "b"), claim("x-2", "b", "c"), claim("x-3", "c", "b"),
                claim("x-4", "c", "!d"));
        assertThat(limits(RankLimit.of(claims))).containsExactly(
                Map.entry("!d", 3), Map.entry("b", 3), Map.entry("c", 3));
    }

    @Test
    void equals_a_search_from_every_literal_on_random_graphs_with_cycles_and_on_the_shipped_kb() {
        Random random = new Random(20221);
        for (int i = 0; i < 200; i++) {
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
            assertThat(limits(RankLimit.of(claims))).as("graph %d", i).isEqualTo(bySearch(claims));
        }
        Collection<Claim> shipped = Engine.load().knowledgeBase().claims();
        assertThat(limits(RankLimit.of(shipped))).isEqualTo(bySearch(shipped));
        Collection<Claim> synthetic = TestKb.synthetic(7, 20, 20, 70).claims();
        assertThat(limits(RankLimit.of(synthetic))).isEqualTo(bySearch(synthetic));
    }

    /** The definition, computed the straightforward way: a search from each concluded literal. */
    private static Map<String, Integer> bySearch(Collection<Claim> claims) {
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
