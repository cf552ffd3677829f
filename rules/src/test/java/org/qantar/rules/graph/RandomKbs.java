package org.qantar.rules.graph;

import org.qantar.model.Confidence;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.analysis.TestKb;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random claim sets for the evaluators' differential tests. */
final class RandomKbs {

    private RandomKbs() {
    }

    /**
     * Claims over any propositions (so cycles abound), with repeated premises and defeaters; the
     * first half of the propositions are drivers. {@code anyConfidence}: each claim at a random
     * confidence (else every claim is stated, and the random sequence draws nothing for it).
     */
    static KnowledgeBase withCycles(Random random, int propositions, int claims, boolean anyConfidence) {
        TestKb kb = TestKb.builder();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < propositions; i++) {
            ids.add("p" + i);
            if (i < propositions / 2) {
                kb.drivers("p" + i);
            } else {
                kb.outcomes("p" + i);
            }
        }
        for (int c = 0; c < claims; c++) {
            StringBuilder rule = new StringBuilder();
            int premises = random.nextInt(4);
            for (int k = 0; k < premises; k++) {
                rule.append(k == 0 ? "" : " & ").append(literal(random, ids));
            }
            if (premises > 0 && random.nextInt(5) == 0) {
                rule.append(" & ").append(rule.toString().split(" & ")[0]);
            }
            rule.append(" -> ").append(literal(random, ids));
            if (random.nextInt(3) == 0) {
                rule.append(" unless ").append(literal(random, ids));
            }
            if (anyConfidence) {
                kb.claim("c" + c, "s" + random.nextInt(3), rule.toString(),
                        Confidence.values()[random.nextInt(Confidence.values().length)]);
            } else {
                kb.claim("c" + c, "s" + random.nextInt(3), rule.toString());
            }
        }
        return kb.build();
    }

    private static String literal(Random random, List<String> ids) {
        return (random.nextBoolean() ? "!" : "") + ids.get(random.nextInt(ids.size()));
    }
}
