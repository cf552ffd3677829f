package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;
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
 * {@link LayeredRandomKb} (cycles, conflicts, claim-specific defeaters, several sources and lenses) with
 * random assumptions. Established ⇔ +∂; possible ⇔ supported (+∂ or ambiguous), so CONTESTED ⇔ both
 * literals supported and neither proved, PLAUSIBLE v ⇔ only v supported, OPEN ⇔ neither. The raw
 * strata are compared too: which literals are possible and established, and which claims fire in each.
 *
 * <p>graal-elder cannot label a statement graph with a loop ({@link ElderOracle}): a loop through an
 * assumption is cut, other worlds with a loop are counted and skipped, and each knowledge base draws
 * worlds until {@link #WORLDS_PER_KB} were decided.
 *
 * <p>The same worlds under ambiguity <em>blocking</em> must disagree somewhere: the control that the
 * worlds are rich enough to tell the two policies apart.
 */
class ElderDifferentialTest {

    static final int KBS = 1_000;
    static final int WORLDS_PER_KB = 4;
    static final int MAX_DRAWS_PER_KB = 40;

    @Test
    void graph_evaluator_equals_graal_elder_propagation_on_a_thousand_random_knowledge_bases() {
        int compared = 0;
        int skipped = 0;
        int loopsThroughAssumptions = 0;
        int kbsWithCycles = 0;
        int kbsDecided = 0;
        int blockingDisagrees = 0;
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
                DefeasibleTheory theory = world.theory(kb);
                Optional<ElderOracle.Answer> answer = ElderOracle.answer(theory, ElderOracle.Policy.PROPAGATION);
                if (answer.isEmpty()) {
                    skipped++;
                    continue;
                }
                here++;
                Evaluation evaluation = world.evaluate(graph);
                Map<String, String> qantar = RandomWorld.qantar(evaluation);
                assertThat(qantar).as("seed %d draw %d, %s\n%s", seed, draw, world, theory)
                        .isEqualTo(world.oracle(kb, answer.get().labels()));
                assertThat(evaluation.strata()).as("strata, seed %d draw %d, %s\n%s", seed, draw, world, theory)
                        .isEqualTo(RandomWorld.oracleStrata(theory, answer.get()));
                if (answer.get().loopThroughAssumption()) {
                    loopsThroughAssumptions++;
                }
                Map<String, String> blocking = world.oracle(kb,
                        ElderOracle.labels(theory, ElderOracle.Policy.BLOCKING));
                if (!blocking.equals(qantar)) {
                    blockingDisagrees++;
                }
            }
            compared += here;
            if (here > 0) {
                kbsDecided++;
            }
        }
        System.out.printf("graal-elder differential: %d KBs (%d with a cycle among their claims), %d worlds equal"
                        + " (%d through a loop cut at an assumption), %d worlds skipped for a loop graal-elder cannot"
                        + " label; ambiguity blocking would differ on %d worlds%n",
                KBS, kbsWithCycles, compared, loopsThroughAssumptions, skipped, blockingDisagrees);
        assertThat(kbsDecided).as("knowledge bases with a world graal-elder decides").isEqualTo(KBS);
        assertThat(kbsWithCycles).as("knowledge bases with cycles").isGreaterThan(KBS / 4);
        assertThat(blockingDisagrees).as("worlds where blocking differs from propagation").isGreaterThan(0);
    }
}
