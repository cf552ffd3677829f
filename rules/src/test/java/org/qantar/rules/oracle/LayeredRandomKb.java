package org.qantar.rules.oracle;

import org.qantar.rules.testkb.SyntheticKb;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/**
 * Random knowledge bases dense enough that chains fire and collide: propositions in an order, most
 * premises taken from below the conclusion (so assumptions reach far), a seeded share of premises and
 * unless literals from anywhere (cycles), a third of the conclusions negative (conflicts), a third of the
 * claims with an {@code unless}. Written through {@link SyntheticKb}, so the same text feeds Drools too.
 * ({@link SyntheticKb#random} draws premises uniformly, and most of its worlds leave nearly everything OPEN.)
 */
final class LayeredRandomKb {

    private LayeredRandomKb() {
    }

    static SyntheticKb generate(long seed) {
        Random random = new Random(seed);
        int propositions = 6 + random.nextInt(9);
        int claims = 2 * propositions + random.nextInt(2 * propositions);
        double backward = 0.05 + 0.25 * random.nextDouble();
        int sources = 1 + random.nextInt(3);
        SyntheticKb kb = new SyntheticKb();
        for (int p = 0; p < propositions; p++) {
            kb.proposition("p" + p);
        }
        for (int c = 0; c < claims; c++) {
            int conclusion = 1 + random.nextInt(propositions - 1);
            Set<Integer> used = new LinkedHashSet<>();
            used.add(conclusion);
            StringBuilder spec = new StringBuilder();
            int premises = 1 + random.nextInt(2);
            for (int i = 0; i < premises; i++) {
                int p = random.nextDouble() < backward ? random.nextInt(propositions) : random.nextInt(conclusion);
                if (used.add(p)) {
                    spec.append(spec.length() > 0 ? " & " : "").append(literal(random, p));
                }
            }
            if (spec.length() == 0) {
                int p = random.nextInt(conclusion);
                used.add(p);
                spec.append(literal(random, p));
            }
            spec.append(" -> ").append(random.nextInt(3) == 0 ? "!" : "").append("p").append(conclusion);
            if (random.nextInt(3) == 0) {
                int u = random.nextInt(propositions);
                if (used.add(u)) {
                    spec.append(" unless ").append(literal(random, u));
                }
            }
            kb.claim("s" + random.nextInt(sources), spec.toString());
        }
        return kb;
    }

    private static String literal(Random random, int p) {
        return (random.nextBoolean() ? "" : "!") + "p" + p;
    }
}
