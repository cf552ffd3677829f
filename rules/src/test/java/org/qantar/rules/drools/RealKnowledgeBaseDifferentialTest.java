package org.qantar.rules.drools;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.rules.Engine;
import org.qantar.rules.ShippedEngine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Scenario;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped knowledge base, as compiled at build time, against the graph evaluator over the
 * claim graph that {@code kb export} reports: 10,000 random assumption sets (counterfactuals
 * among them), lenses, confidence floors and record on or off, every cut compared, and 200-toggle
 * sequences on one stateful session.
 */
class RealKnowledgeBaseDifferentialTest {

    private static Engine engine;
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        engine = ShippedEngine.get();
        kb = engine.knowledgeBase();
    }

    @Test
    void ten_thousand_random_assumption_sets_and_lenses_agree_with_the_oracle() {
        GraphEvaluator graph = new GraphEvaluator(kb);
        Random random = new Random(20220105);
        try (Scenario s = engine.newScenario()) {
            for (int i = 0; i < 10_000; i++) {
                double density = random.nextDouble() * 0.5;
                List<Literal> assumptions = DifferentialTest.RandomWorlds.assumptions(random, kb, density);
                List<String> lens = DifferentialTest.RandomWorlds.lens(random, kb);
                boolean record = random.nextInt(4) != 0;
                Confidence floor = DifferentialTest.RandomWorlds.floor(random);
                s.assumeOnly(assumptions);
                s.lens(lens);
                s.record(record);
                s.minConfidence(floor);
                Evaluation drools = s.evaluation();
                Evaluation oracle = graph.evaluate(assumptions, lens.isEmpty() ? kb.sourceIds() : lens, record, floor);
                assertThat(CycleTest.labels(drools)).as("world %d: %s under %s, record %s, floor %s", i,
                        assumptions, lens, record, floor).isEqualTo(CycleTest.labels(oracle));
                assertThat(drools.cuts()).isEqualTo(oracle.cuts());
                assertThat(drools.tensions()).isEqualTo(oracle.tensions());
            }
        }
    }

    @Test
    void a_long_toggle_sequence_ends_where_a_fresh_evaluation_starts() {
        DroolsRuleBase rules = DroolsRuleBase.fromClasspath();
        for (long seed = 1; seed <= 5; seed++) {
            DifferentialTest.RandomWorlds.assertToggleSequenceMatchesFresh(rules, kb, new Random(seed), 200);
        }
    }
}
