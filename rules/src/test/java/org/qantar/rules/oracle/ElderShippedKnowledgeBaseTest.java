package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;
import org.qantar.rules.Engine;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped knowledge base against graal-elder's propagating answer: random assumptions and lenses,
 * as in the synthetic differential. Worlds whose statement graph has a loop graal-elder cannot label
 * are skipped; most are decided.
 */
class ElderShippedKnowledgeBaseTest {

    static final int WORLDS = 300;

    @Test
    void graph_evaluator_equals_graal_elder_propagation_on_the_shipped_knowledge_base() {
        KnowledgeBase kb = Engine.load().knowledgeBase();
        GraphEvaluator graph = new GraphEvaluator(kb);
        Random random = new Random(20220105);
        int compared = 0;
        for (int i = 0; i < WORLDS; i++) {
            RandomWorld world = RandomWorld.draw(random, kb, 0.5 * random.nextDouble());
            DefeasibleTheory theory = world.theory(kb);
            Optional<ElderOracle.Answer> answer = ElderOracle.answer(theory, ElderOracle.Policy.PROPAGATION);
            if (answer.isEmpty()) {
                continue;
            }
            assertThat(RandomWorld.qantar(world.evaluate(graph)))
                    .as("world %d, %s", i, world)
                    .isEqualTo(world.oracle(kb, answer.get().labels()));
            compared++;
        }
        assertThat(compared).as("worlds graal-elder decides").isGreaterThan(WORLDS / 2);
    }
}
