package org.qantar.rules.analysis;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.model.PropositionKind;
import org.qantar.model.Source;
import org.qantar.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic knowledge bases for analysis tests and benchmarks, built from model records (no DRL,
 * no Drools). Claims are written {@code "a & !b -> x unless c"}.
 */
public final class TestKb {

    private final List<Proposition> propositions = new ArrayList<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final List<Claim> claims = new ArrayList<>();

    public static TestKb builder() {
        return new TestKb();
    }

    public TestKb drivers(String... ids) {
        for (String id : ids) {
            propositions.add(new Proposition(id, "Driver " + id + ".", PropositionKind.DRIVER));
        }
        return this;
    }

    public TestKb outcomes(String... ids) {
        for (String id : ids) {
            propositions.add(new Proposition(id, "Outcome " + id + ".", PropositionKind.OUTCOME));
        }
        return this;
    }

    /** Adds claim {@code id} of {@code source}, e.g. {@code claim("c1", "s1", "a & !b -> x unless c")}. */
    public TestKb claim(String id, String source, String rule) {
        return claim(id, source, rule, Confidence.STATED);
    }

    /** As {@link #claim(String, String, String)}, with the claim's confidence. */
    public TestKb claim(String id, String source, String rule, Confidence confidence) {
        String[] arrow = rule.split("->");
        String[] then = arrow[1].split("unless");
        List<Literal> premises = literals(arrow[0], "&");
        List<Literal> unless = then.length > 1 ? literals(then[1], ",") : List.of();
        sources.add(source);
        claims.add(new Claim(id, source, "claim " + id, premises, unless, Literal.parse(then[0]),
                confidence, "section", "quote " + id, "paraphrase " + id));
        return this;
    }

    private static List<Literal> literals(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty())
                .map(Literal::parse).toList();
    }

    public TestKb source(String id) {
        sources.add(id);
        return this;
    }

    public KnowledgeBase build() {
        List<Source> srcs = sources.stream()
                .map(s -> new Source(s, "Title " + s, null, "Outlet", "2022-01-10", null, s + ".txt", "0".repeat(64), null))
                .toList();
        return new KnowledgeBase(srcs, propositions, claims, List.of(), "test");
    }

    /**
     * A random knowledge base shaped like the real one: {@code drivers} drivers {@code d00..},
     * {@code outcomes} outcomes {@code o00..}, {@code claims} claims over five sources. Each outcome
     * is concluded (either way) by at least one claim; premises (1–3) come from the drivers and
     * earlier outcomes, so chains are a few claims deep; a quarter of the claims have a defeater.
     */
    public static KnowledgeBase synthetic(long seed, int drivers, int outcomes, int claims) {
        Random random = new Random(seed);
        TestKb kb = builder();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < drivers; i++) {
            kb.drivers(String.format("d%02d", i));
            ids.add(String.format("d%02d", i));
        }
        for (int i = 0; i < outcomes; i++) {
            kb.outcomes(String.format("o%02d", i));
            ids.add(String.format("o%02d", i));
        }
        for (int c = 0; c < claims; c++) {
            int outcome = c < outcomes ? c : random.nextInt(outcomes);
            int below = drivers + outcome;
            int premiseCount = 1 + random.nextInt(3);
            StringBuilder rule = new StringBuilder();
            Set<String> used = new LinkedHashSet<>();
            for (int p = 0; p < premiseCount; p++) {
                String id = ids.get(pickBelow(random, below, drivers));
                if (used.add(id)) {
                    rule.append(rule.length() == 0 ? "" : " & ").append(random.nextInt(3) == 0 ? "!" : "").append(id);
                }
            }
            rule.append(" -> ").append(random.nextBoolean() ? "" : "!").append(ids.get(drivers + outcome));
            if (random.nextInt(4) == 0) {
                String id = ids.get(pickBelow(random, below, drivers));
                if (!used.contains(id)) {
                    rule.append(" unless ").append(random.nextBoolean() ? "" : "!").append(id);
                }
            }
            kb.claim(String.format("c%03d", c), "s" + random.nextInt(5), rule.toString());
        }
        return kb.build();
    }

    /** Mostly drivers, sometimes an earlier outcome, so that claims chain. */
    private static int pickBelow(Random random, int below, int drivers) {
        if (below > drivers && random.nextInt(3) == 0) {
            return drivers + random.nextInt(below - drivers);
        }
        return random.nextInt(drivers);
    }
}
