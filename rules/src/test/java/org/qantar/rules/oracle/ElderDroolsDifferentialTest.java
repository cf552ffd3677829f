package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Scenario;
import org.qantar.rules.drools.DroolsRuleBase;
import org.qantar.rules.testkb.SyntheticKb;

import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Drools engine itself (not only the graph evaluator) against graal-elder's propagating answer, on
 * a subset of the differential's knowledge bases: one long-lived session per knowledge base, changed
 * from world to world as the workbench changes it, so truth maintenance is checked too.
 */
class ElderDroolsDifferentialTest {

    static final int KBS = 6;
    static final int WORLDS_PER_KB = 25;

    @Test
    void drools_engine_equals_graal_elder_propagation_on_random_knowledge_bases() {
        int compared = 0;
        for (long seed = 1; seed <= KBS; seed++) {
            SyntheticKb spec = LayeredRandomKb.generate(seed);
            KnowledgeBase kb = spec.knowledgeBase();
            Random random = new Random(seed * 104729);
            try (Scenario scenario = DroolsRuleBase.compile(spec.drlFiles()).newScenario(kb)) {
                for (int draw = 0; draw < WORLDS_PER_KB; draw++) {
                    RandomWorld world = RandomWorld.draw(random, kb, 0.2 + 0.4 * random.nextDouble());
                    DefeasibleTheory theory = world.theory(kb);
                    Optional<ElderOracle.Answer> answer = ElderOracle.answer(theory, ElderOracle.Policy.PROPAGATION);
                    if (answer.isEmpty()) {
                        continue;
                    }
                    scenario.assumeOnly(world.assumptions());
                    scenario.lens(world.lens());
                    scenario.record(world.record());
                    assertThat(RandomWorld.qantar(scenario.evaluation()))
                            .as("seed %d draw %d, %s\n%s", seed, draw, world, theory)
                            .isEqualTo(world.oracle(kb, answer.get().labels()));
                    compared++;
                }
            }
        }
        assertThat(compared).as("worlds compared").isGreaterThan(KBS * WORLDS_PER_KB / 2);
    }
}
