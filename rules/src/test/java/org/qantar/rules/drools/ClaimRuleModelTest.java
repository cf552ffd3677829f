package org.qantar.rules.drools;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Scenario;
import org.qantar.rules.graph.GraphEvaluator;
import org.qantar.rules.kb.KnowledgeBaseLoader;
import org.qantar.rules.testkb.SyntheticKb;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claim rules built at run time ({@link ClaimRuleModel}) against the rules Drools compiled from the
 * DRL (the shipped kjar) and against the graph evaluator: same statuses, strata and tensions in random
 * worlds, incrementally and fresh.
 */
class ClaimRuleModelTest {

    @Test
    void the_kjar_holds_exactly_the_claim_files_rules_with_their_names_and_metadata() {
        // The build expands seeds/*.claims to DRL and compiles that into the kjar (ClaimExpansion):
        // a rule per claim, in the claims' package, named as the claim, with every metadata line.
        KnowledgeBaseLoader.Loaded loaded = KnowledgeBaseLoader.fromClasspath().load();
        Map<String, DroolsRuleBase.CompiledRule> compiled = DroolsRuleBase.fromClasspath().compiledClaimRules();

        assertThat(compiled.keySet()).containsExactlyInAnyOrderElementsOf(loaded.knowledgeBase().claimIds());
        assertThat(loaded.rules()).hasSize(compiled.size()).allSatisfy(r -> {
            assertThat(r.file()).endsWith(".claims");
            DroolsRuleBase.CompiledRule rule = compiled.get(r.meta("claim"));
            assertThat(rule.packageName()).isEqualTo(ClaimRuleModel.PACKAGE);
            assertThat(rule.name()).isEqualTo(r.name());
            Map<String, String> meta = new TreeMap<>();
            rule.metadata().forEach((k, v) -> meta.put(k, v.replace("\\\"", "\"").replace("\\\\", "\\")));
            assertThat(meta).as(r.location()).isEqualTo(new TreeMap<>(r.metadata()));
        });
    }

    @Test
    void the_shipped_claims_built_at_run_time_agree_with_the_kjar() {
        // Only while the shipped claims are compiled into the kjar (expanded from their claim files).
        Assumptions.assumeTrue(DroolsRuleBase.hasShippedClaimRules());
        KnowledgeBase kb = KnowledgeBaseLoader.fromClasspath().load().knowledgeBase();
        DroolsRuleBase built = DroolsRuleBase.forClaims(kb.claims());
        DroolsRuleBase shipped = DroolsRuleBase.fromClasspath();
        assertThat(built.compiledClaimIds()).isEqualTo(shipped.compiledClaimIds());
        Random random = new Random(17);
        try (Scenario a = built.newScenario(kb); Scenario b = shipped.newScenario(kb)) {
            for (int i = 0; i < 300; i++) {
                List<Literal> assumptions = DifferentialTest.RandomWorlds.assumptions(random, kb, 0.15);
                List<String> lens = DifferentialTest.RandomWorlds.lens(random, kb);
                a.assumeOnly(assumptions);
                a.lens(lens);
                b.assumeOnly(assumptions);
                b.lens(lens);
                Evaluation x = a.evaluation();
                Evaluation y = b.evaluation();
                assertThat(CycleTest.labels(x)).as("world %d %s %s", i, assumptions, lens).isEqualTo(CycleTest.labels(y));
                assertThat(x.strata()).isEqualTo(y.strata());
                assertThat(x.tensions()).isEqualTo(y.tensions());
            }
        }
    }

    @Test
    void random_knowledge_bases_built_at_run_time_agree_with_the_oracle() {
        for (long seed = 1; seed <= 3; seed++) {
            KnowledgeBase kb = SyntheticKb.random(seed, 12, 30, 3).knowledgeBase();
            DroolsRuleBase rules = DroolsRuleBase.forClaims(kb.claims());
            GraphEvaluator graph = new GraphEvaluator(kb);
            Random random = new Random(seed * 7919);
            try (Scenario s = rules.newScenario(kb)) {
                for (int i = 0; i < 300; i++) {
                    List<Literal> assumptions = DifferentialTest.RandomWorlds.assumptions(random, kb, 0.3);
                    List<String> lens = DifferentialTest.RandomWorlds.lens(random, kb);
                    s.assumeOnly(assumptions);
                    s.lens(lens);
                    Evaluation drools = s.evaluation();
                    Evaluation oracle = graph.evaluate(assumptions, lens.isEmpty() ? kb.sourceIds() : lens);
                    assertThat(CycleTest.labels(drools)).as("seed %d world %d", seed, i)
                            .isEqualTo(CycleTest.labels(oracle));
                    assertThat(drools.strata()).isEqualTo(oracle.strata());
                    assertThat(drools.tensions()).isEqualTo(oracle.tensions());
                }
            }
            DifferentialTest.RandomWorlds.assertToggleSequenceMatchesFresh(rules, kb, new Random(seed), 200);
        }
    }
}
