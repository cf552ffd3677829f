package org.qantar.rules.drools;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Scenario;
import org.qantar.rules.graph.GraphEvaluator;
import org.qantar.rules.testkb.SyntheticKb;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drools against the plain-Java graph evaluator on random knowledge bases full of cycles,
 * contradictions and defeaters, with claims of every confidence and recorded facts: random
 * assumption sets, lenses, confidence floors and record on or off, every cut compared, and long
 * toggle sequences on one stateful session compared with a fresh evaluation.
 */
class DifferentialTest {

    @Test
    void random_knowledge_bases_agree_with_the_oracle_incrementally_and_fresh() {
        for (long seed = 1; seed <= 6; seed++) {
            // Seeds 4-6: claims of every confidence (cuts that differ) and recorded facts.
            SyntheticKb spec = SyntheticKb.random(seed, 12, 30, 3, seed > 3);
            KnowledgeBase kb = spec.knowledgeBase();
            DroolsRuleBase rules = DroolsRuleBase.compile(spec.drlFiles());
            GraphEvaluator graph = new GraphEvaluator(kb);
            Random random = new Random(seed * 7919);
            try (Scenario s = rules.newScenario(kb)) {
                for (int i = 0; i < 400; i++) {
                    List<Literal> assumptions = RandomWorlds.assumptions(random, kb, 0.3);
                    List<String> lens = RandomWorlds.lens(random, kb);
                    boolean record = random.nextInt(4) != 0;
                    Confidence floor = RandomWorlds.floor(random);
                    s.assumeOnly(assumptions);
                    s.lens(lens);
                    s.record(record);
                    s.minConfidence(floor);
                    Evaluation drools = s.evaluation();
                    Evaluation oracle = graph.evaluate(assumptions, lens.isEmpty() ? kb.sourceIds() : lens, record, floor);
                    assertThat(CycleTest.labels(drools)).as("seed %d world %d %s %s record %s floor %s", seed, i,
                            assumptions, lens, record, floor).isEqualTo(CycleTest.labels(oracle));
                    assertThat(drools.cuts()).isEqualTo(oracle.cuts());
                    assertThat(drools.tensions()).isEqualTo(oracle.tensions());
                }
            }
            RandomWorlds.assertToggleSequenceMatchesFresh(rules, kb, new Random(seed), 200);
        }
    }

    /** Shared by the tests on synthetic and on the real knowledge base. */
    static final class RandomWorlds {
        private RandomWorlds() {
        }

        static List<Literal> assumptions(Random random, KnowledgeBase kb, double density) {
            List<Literal> out = new ArrayList<>();
            for (String p : kb.propositionIds()) {
                if (random.nextDouble() < density) {
                    out.add(new Literal(p, random.nextBoolean()));
                }
            }
            return out;
        }

        /** Every claim counted half the time, else a floor of likely or stated. */
        static Confidence floor(Random random) {
            return random.nextBoolean() ? Confidence.POSSIBLE : Confidence.values()[random.nextInt(2)];
        }

        /** Every source (empty list) half the time, else a random non-empty subset. */
        static List<String> lens(Random random, KnowledgeBase kb) {
            if (random.nextBoolean()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String s : kb.sourceIds()) {
                if (random.nextBoolean()) {
                    out.add(s);
                }
            }
            return out.isEmpty() ? List.of(kb.sourceIds().get(random.nextInt(kb.sourceIds().size()))) : out;
        }

        /**
         * Toggles one random assumption at a time (assume true, assume false, withdraw) and now and
         * then the lens, the record and the confidence floor, on one long-lived session; at the end
         * it must equal a fresh session.
         */
        static void assertToggleSequenceMatchesFresh(DroolsRuleBase rules, KnowledgeBase kb, Random random, int toggles) {
            List<String> props = kb.propositionIds();
            try (Scenario longLived = rules.newScenario(kb)) {
                java.util.Map<String, Literal> assumed = new java.util.HashMap<>();
                List<String> lens = List.of();
                boolean record = true;
                Confidence floor = Confidence.POSSIBLE;
                for (int i = 0; i < toggles; i++) {
                    int what = random.nextInt(20);
                    if (what < 2) {
                        lens = lens(random, kb);
                        longLived.lens(lens);
                    } else if (what == 2) {
                        record = !record;
                        longLived.record(record);
                    } else if (what == 3) {
                        floor = floor(random);
                        longLived.minConfidence(floor);
                    } else {
                        String p = props.get(random.nextInt(props.size()));
                        int action = random.nextInt(3);
                        if (action == 2) {
                            longLived.unassume(p);
                            assumed.remove(p);
                        } else {
                            Literal l = new Literal(p, action == 0);
                            longLived.assume(l);
                            assumed.put(p, l);
                        }
                    }
                    if (random.nextInt(4) == 0) {
                        longLived.evaluation(); // settle mid-way sometimes, as the shell does after each command
                    }
                }
                Evaluation incremental = longLived.evaluation();
                try (Scenario fresh = rules.newScenario(kb)) {
                    fresh.lens(lens);
                    fresh.record(record);
                    fresh.minConfidence(floor);
                    fresh.assumeOnly(assumed.values());
                    Evaluation rebuilt = fresh.evaluation();
                    assertThat(CycleTest.labels(incremental)).isEqualTo(CycleTest.labels(rebuilt));
                    assertThat(incremental.cuts()).isEqualTo(rebuilt.cuts());
                    assertThat(incremental.tensions()).isEqualTo(rebuilt.tensions());
                }
            }
        }
    }
}
