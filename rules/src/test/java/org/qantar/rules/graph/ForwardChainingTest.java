package org.qantar.rules.graph;

import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Strata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluator's forward chaining against the plainest reading of the semantics: repeat passes
 * over every claim until nothing changes, stratum by stratum. Random knowledge bases with cycles,
 * self-support, repeated premises, defeaters and contradictions; random assumptions and lenses.
 * (Drools itself is exercised in the engine's differential tests.)
 */
class ForwardChainingTest {

    @Test
    void chainingReachesTheSameFixpointAsRepeatedPasses() {
        int exercised = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            KnowledgeBase kb = RandomKbs.withCycles(random, 10, 30, false);
            GraphEvaluator graph = new GraphEvaluator(kb);
            for (int world = 0; world < 100; world++) {
                List<Literal> assumptions = new ArrayList<>();
                for (String p : kb.propositionIds()) {
                    if (random.nextInt(4) == 0) {
                        assumptions.add(new Literal(p, random.nextBoolean()));
                    }
                }
                List<String> lens = kb.sourceIds().stream().filter(s -> random.nextInt(4) != 0).toList();

                Strata fast = graph.evaluate(assumptions, lens).strata();
                Strata plain = repeatedPasses(kb, assumptions, lens);

                assertThat(fast).as("seed %d world %d", seed, world).isEqualTo(plain);
                // A world where something is possible but not established exercises contest or
                // defeat; if almost none did, agreeing on them would prove little.
                if (!plain.possible().equals(plain.established())) {
                    exercised++;
                }
            }
        }
        assertThat(exercised).as("worlds with contest or defeat, of 2000").isGreaterThan(200);
    }


    /** DESIGN.md's two strata, computed the slow and obvious way. */
    private static Strata repeatedPasses(KnowledgeBase kb, List<Literal> assumptions, List<String> lens) {
        Set<Literal> assumed = new HashSet<>(assumptions);
        Set<Literal> possible = new HashSet<>(assumed);
        Set<String> firedPossible = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Claim c : kb.claims()) {
                if (lens.contains(c.source()) && possible.containsAll(c.premises()) && firedPossible.add(c.id())) {
                    changed = true;
                    if (!assumed.contains(c.conclusion().negate())) {
                        possible.add(c.conclusion());
                    }
                }
            }
        }
        Set<Literal> established = new HashSet<>(assumed);
        Set<String> firedEstablished = new HashSet<>();
        changed = true;
        while (changed) {
            changed = false;
            for (Claim c : kb.claims()) {
                if (lens.contains(c.source()) && established.containsAll(c.premises())
                        && c.unless().stream().noneMatch(possible::contains) && firedEstablished.add(c.id())) {
                    changed = true;
                    if (!possible.contains(c.conclusion().negate())) {
                        established.add(c.conclusion());
                    }
                }
            }
        }
        return new Strata(possible, established, firedPossible, firedEstablished);
    }
}
