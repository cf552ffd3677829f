package org.qantar.rules.analysis;

import org.junit.jupiter.api.Test;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.graph.GraphEvaluator;
import org.qantar.rules.kb.KnowledgeBaseLoader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WorldOutcomesTest {

    /**
     * Every world of the shipped knowledge base (its 9 drivers: 512 worlds), visited twice in a
     * random order: what is read back, remembered or not, is what a fresh evaluation of that world
     * gives, for every free outcome's status and strength (the cuts make strengths differ).
     */
    @Test
    void aRememberedWorldReadsBackAsAFreshEvaluationOfIt() {
        KnowledgeBase kb = KnowledgeBaseLoader.fromClasspath().load().knowledgeBase();
        Baseline baseline = Baseline.of(new GraphEvaluator(kb), List.of(), List.of(), Map.of());
        int[] drivers = baseline.freeDrivers();
        int[] outcomes = baseline.freeOutcomes();
        WorldOutcomes remembered = new WorldOutcomes(baseline, outcomes, Long.MAX_VALUE);
        List<Integer> worlds = new ArrayList<>();
        for (int world = 0; world < 1 << drivers.length; world++) {
            worlds.add(world);
            worlds.add(world);
        }
        Collections.shuffle(worlds, new Random(3));
        GraphEvaluator.Workspace w = baseline.newWorkspace();
        GraphEvaluator.Workspace fresh = baseline.newWorkspace();
        int strengthsSeen = 0;
        for (int world : worlds) {
            for (int j = 0; j < drivers.length; j++) {
                DriverSampler.set(w, drivers[j], (world >>> j & 1) == 1);
                DriverSampler.set(fresh, drivers[j], (world >>> j & 1) == 1);
            }
            int at = remembered.evaluate(w);
            baseline.graph().evaluate(fresh);
            for (int o = 0; o < outcomes.length; o++) {
                assertThat(remembered.status(at, o)).as("world %d, outcome %s", world, baseline.id(outcomes[o]))
                        .isEqualTo(GraphEvaluator.statusCode(fresh, outcomes[o]));
                assertThat(remembered.strength(at, o)).as("world %d, outcome %s", world, baseline.id(outcomes[o]))
                        .isEqualTo(GraphEvaluator.strengthCode(fresh, outcomes[o]));
                strengthsSeen |= 1 << (remembered.strength(at, o) + 1);
            }
        }
        assertThat(strengthsSeen).as("every strength code (none, stated, likely, possible) was read").isEqualTo(0b1111);
    }
}
