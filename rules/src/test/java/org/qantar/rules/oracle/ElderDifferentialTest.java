package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph evaluator against graal-elder's ambiguity-propagating defeasible logic without superiority
 * relation, under the mapping of {@link DefeasibleTheory}, on 1,000 seeded random knowledge bases of
 * {@link LayeredRandomKb} (cycles, conflicts, claim-specific defeaters, confidences, a recorded fact,
 * several sources) in random worlds (assumptions, lens, record on or off, confidence floor).
 *
 * <p>Each confidence cut is compared on its own: its strata — which literals are possible (⇔ supported:
 * proved or ambiguous) and established (⇔ +∂), which claims fire in each — equal graal-elder's labels on
 * that cut's claims. Then the statuses: SUPPORTED v with strength k ⇔ +∂v first at cut k, dissent the
 * claims for ¬v supported on the weakest cut; otherwise CONTESTED ⇔ both literals supported on the
 * weakest cut, PLAUSIBLE v ⇔ only v, OPEN ⇔ neither, strength the first cut where either is supported.
 *
 * <p>graal-elder cannot label a statement graph with a loop ({@link ElderOracle}): a loop through a fact
 * is cut, other worlds with a loop are counted and skipped, and each knowledge base draws worlds until
 * {@link #WORLDS_PER_KB} were decided. The same worlds under ambiguity <em>blocking</em> must disagree
 * somewhere: the control that the worlds are rich enough to tell the two policies apart.
 */
class ElderDifferentialTest {

    static final int KBS = 1_000;
    static final int WORLDS_PER_KB = 4;
    static final int MAX_DRAWS_PER_KB = 40;

    @Test
    void every_cut_equals_graal_elder_propagation_on_a_thousand_random_knowledge_bases() {
        int compared = 0;
        int cutsCompared = 0;
        int skipped = 0;
        int loopsThroughFacts = 0;
        int kbsWithCycles = 0;
        int kbsDecided = 0;
        int blockingDisagrees = 0;
        int strengthAboveWeakest = 0;
        for (long seed = 1; seed <= KBS; seed++) {
            KnowledgeBase kb = LayeredRandomKb.generate(seed).knowledgeBase();
            GraphEvaluator graph = new GraphEvaluator(kb);
            if (ClaimGraph.hasCycle(kb.claims())) {
                kbsWithCycles++;
            }
            Random random = new Random(seed * 7919);
            int here = 0;
            for (int draw = 0; draw < MAX_DRAWS_PER_KB && here < WORLDS_PER_KB; draw++) {
                RandomWorld world = RandomWorld.draw(random, kb, 0.2 + 0.4 * random.nextDouble());
                Map<Confidence, DefeasibleTheory> theories = world.cutTheories(kb);
                Optional<Map<Confidence, ElderOracle.Answer>> answers = CutOracle.answers(theories);
                if (answers.isEmpty()) {
                    skipped++;
                    continue;
                }
                here++;
                Evaluation evaluation = world.evaluate(graph);
                world.assertAgrees(kb, evaluation, theories, answers.get(), "seed " + seed + " draw " + draw);
                cutsCompared += theories.size();
                loopsThroughFacts += (int) answers.get().values().stream()
                        .filter(ElderOracle.Answer::loopThroughAssumption).count();
                Map<String, String> qantar = RandomWorld.qantar(evaluation);
                if (qantar.values().stream().anyMatch(s -> s.contains(" stated") || s.contains(" likely"))) {
                    strengthAboveWeakest++;
                }
                DefeasibleTheory weakest = world.theory(kb);
                if (!evaluation.strata().equals(RandomWorld.oracleStrata(weakest,
                        ElderOracle.answer(weakest, ElderOracle.Policy.BLOCKING).orElseThrow()))) {
                    blockingDisagrees++;
                }
            }
            compared += here;
            if (here > 0) {
                kbsDecided++;
            }
        }
        System.out.printf("graal-elder differential: %d KBs (%d with a cycle among their claims), %d worlds equal"
                        + " (%d cuts, %d of them through a loop cut at a fact; %d worlds with a strength above the"
                        + " weakest cut), %d worlds skipped for a loop graal-elder cannot label; ambiguity blocking"
                        + " would differ on %d worlds%n", KBS, kbsWithCycles, compared, cutsCompared,
                loopsThroughFacts, strengthAboveWeakest, skipped, blockingDisagrees);
        assertThat(kbsDecided).as("knowledge bases with a world graal-elder decides").isEqualTo(KBS);
        assertThat(kbsWithCycles).as("knowledge bases with cycles").isGreaterThan(KBS / 4);
        assertThat(strengthAboveWeakest).as("worlds where a cut above the weakest decides").isGreaterThan(KBS / 4);
        assertThat(blockingDisagrees).as("worlds where blocking differs from propagation").isGreaterThan(0);
    }
}
