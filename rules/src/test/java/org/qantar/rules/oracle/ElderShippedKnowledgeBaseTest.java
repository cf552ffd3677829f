package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.rules.Engine;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped knowledge base against graal-elder's propagating answer on every cut: random assumptions,
 * lenses, record and floor, as in the synthetic differential. Worlds whose statement graph has a loop
 * graal-elder cannot label are skipped; most are decided.
 */
class ElderShippedKnowledgeBaseTest {

    static final int WORLDS = 200;

    @Test
    void every_cut_of_the_shipped_knowledge_base_equals_graal_elder_propagation() {
        KnowledgeBase kb = Engine.load().knowledgeBase();
        GraphEvaluator graph = new GraphEvaluator(kb);
        Random random = new Random(20220105);
        int compared = 0;
        for (int i = 0; i < WORLDS; i++) {
            RandomWorld world = RandomWorld.draw(random, kb, 0.5 * random.nextDouble());
            Map<Confidence, DefeasibleTheory> theories = world.cutTheories(kb);
            Optional<Map<Confidence, ElderOracle.Answer>> answers = CutOracle.answers(theories);
            if (answers.isEmpty()) {
                continue;
            }
            world.assertAgrees(kb, world.evaluate(graph), theories, answers.get(), "world " + i);
            compared++;
        }
        assertThat(compared).as("worlds graal-elder decides").isGreaterThan(WORLDS / 2);
    }
}
