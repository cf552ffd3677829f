package org.qantar.rules.compare;

import org.qantar.model.Position;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each proposition tells the articles apart, as analysis of competing hypotheses asks of
 * each piece of evidence: a proposition on which every article that speaks to it takes the same
 * value cannot tell them apart, whatever the scenario says of it; one that splits them can.
 *
 * <p><b>Formula.</b> For a proposition taken by {@code n} articles, {@code t} of them with the
 * value true and {@code q = t / n}:
 * {@code d = −q·log2(q) − (1−q)·log2(1−q)} (with {@code 0·log2 0 = 0}), rounded to three decimals.
 * This is the information, in bits, that learning the proposition's value gives about which of
 * those articles read events right, all equally likely beforehand: 0 when they all agree (or one
 * article alone speaks to it), 1 when they split evenly, 0.918 for two against one, 0.811 for
 * three against one. Silent articles do not count: silence is neither agreement nor dissent.
 * Confidence does not enter {@code d}; it weighs each article's own position in its score.
 */
public final class Diagnosticity {

    private final Map<String, Double> byProposition;

    private Diagnosticity(Map<String, Double> byProposition) {
        this.byProposition = Map.copyOf(byProposition);
    }

    /** The diagnosticity of every proposition any of {@code articles} takes a position on. */
    public static Diagnosticity of(List<Article> articles) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Article a : articles) {
            for (Position p : a.positions()) {
                int[] c = counts.computeIfAbsent(p.proposition(), k -> new int[2]);
                c[0] += p.value() ? 1 : 0;
                c[1]++;
            }
        }
        Map<String, Double> d = new HashMap<>();
        counts.forEach((proposition, c) -> d.put(proposition, bits(c[0], c[1])));
        return new Diagnosticity(d);
    }

    /** The proposition's diagnosticity in [0, 1]; 0 when no article speaks to it. */
    public double of(String proposition) {
        return byProposition.getOrDefault(proposition, 0.0);
    }

    /** Whether the proposition tells the articles apart at all. */
    public boolean divides(String proposition) {
        return of(proposition) > 0;
    }

    /** The binary entropy of {@code trueCount} in {@code total}, rounded to three decimals. */
    static double bits(int trueCount, int total) {
        if (total <= 0 || trueCount <= 0 || trueCount >= total) {
            return 0;
        }
        double q = (double) trueCount / total;
        double h = -q * log2(q) - (1 - q) * log2(1 - q);
        return Math.round(1000 * h) / 1000.0;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
