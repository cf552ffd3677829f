package org.qantar.rules.graph;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.rules.KnowledgeBase;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bit-sliced evaluator against the scalar one, lane by lane: random knowledge bases with cycles,
 * repeated premises, defeaters, contradictions and all three confidences; in each batch every lane
 * has its own random assumptions (some contradicting claims, some none), under a random lens and
 * confidence floor. Every stratum of every cut and every status code must be the scalar one's.
 */
class BitSlicedEvaluatorTest {

    @Test
    void everyLaneIsTheScalarEvaluationOfItsOwnAssumptions() {
        Set<Integer> codesSeen = new HashSet<>();
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            KnowledgeBase kb = RandomKbs.withCycles(random, 12, 40, true);
            GraphEvaluator graph = new GraphEvaluator(kb);
            BitSlicedEvaluator sliced = new BitSlicedEvaluator(graph);
            GraphEvaluator.Workspace scalar = graph.newWorkspace();
            for (int batch = 0; batch < 5; batch++) {
                for (int s = 0; s < scalar.counted.length; s++) {
                    scalar.counted[s] = random.nextInt(4) != 0;
                }
                scalar.minConfidence(Confidence.values()[random.nextInt(Confidence.values().length)]);
                BitSlicedEvaluator.Lanes lanes = sliced.newLanes(scalar);
                java.util.Arrays.fill(lanes.assumed, 0L);
                boolean[][] assumedByLane = new boolean[BitSlicedEvaluator.LANES][];
                for (int lane = 0; lane < BitSlicedEvaluator.LANES; lane++) {
                    assumedByLane[lane] = randomAssumptions(random, graph.propositionCount());
                    for (int l = 0; l < assumedByLane[lane].length; l++) {
                        if (assumedByLane[lane][l]) {
                            lanes.assumed[l] |= 1L << lane;
                        }
                    }
                }

                sliced.evaluate(lanes);

                for (int lane = 0; lane < BitSlicedEvaluator.LANES; lane++) {
                    System.arraycopy(assumedByLane[lane], 0, scalar.assumed, 0, scalar.assumed.length);
                    graph.evaluate(scalar);
                    String where = "seed " + seed + " batch " + batch + " lane " + lane;
                    for (int k = 0; k <= scalar.minConfidence().ordinal(); k++) {
                        for (int l = 0; l < scalar.assumed.length; l++) {
                            assertThat(bit(lanes.possible[k][l], lane)).as("%s cut %d possible %d", where, k, l)
                                    .isEqualTo(scalar.possible[k][l]);
                            assertThat(bit(lanes.established[k][l], lane)).as("%s cut %d established %d", where, k, l)
                                    .isEqualTo(scalar.established[k][l]);
                        }
                    }
                    for (int p = 0; p < graph.propositionCount(); p++) {
                        int code = GraphEvaluator.statusCode(scalar, p);
                        assertThat(BitSlicedEvaluator.statusCode(lanes, p, lane)).as("%s status of %d", where, p)
                                .isEqualTo(code);
                        codesSeen.add(code);
                    }
                }
            }
        }
        // Every status code came up, so agreeing on them means something.
        assertThat(codesSeen).hasSize(GraphEvaluator.OPEN + 1);
    }

    private static boolean bit(long word, int lane) {
        return (word >>> lane & 1) == 1;
    }

    /** Each proposition assumed with probability 1/4, either way. */
    private static boolean[] randomAssumptions(Random random, int propositions) {
        boolean[] assumed = new boolean[2 * propositions];
        for (int p = 0; p < propositions; p++) {
            if (random.nextInt(4) == 0) {
                assumed[2 * p + random.nextInt(2)] = true;
            }
        }
        return assumed;
    }

}
