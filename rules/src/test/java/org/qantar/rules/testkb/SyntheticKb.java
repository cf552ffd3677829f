package org.qantar.rules.testkb;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.RecordedFact;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.model.PropositionKind;
import org.qantar.model.Source;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.kb.DrlClaimReader;
import org.qantar.rules.kb.ParsedRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic knowledge bases for engine tests, written as real claim DRL and read back through
 * {@link DrlClaimReader}, so the same text feeds both Drools and the graph evaluator.
 * A claim is given as {@code "a & !b -> c unless d"}.
 */
public final class SyntheticKb {

    private final Map<String, StringBuilder> drlBySource = new LinkedHashMap<>();
    private final Set<String> propositions = new LinkedHashSet<>();
    private final Map<String, Boolean> record = new LinkedHashMap<>();
    private int counter;

    public SyntheticKb claim(String source, String spec) {
        return claim(source, Confidence.LIKELY, spec);
    }

    /** A claim with its confidence: it counts in the cuts at or below that level. */
    public SyntheticKb claim(String source, Confidence confidence, String spec) {
        String[] arrow = spec.split("->");
        String[] conclusionAndUnless = arrow[1].split("unless");
        List<Literal> premises = literals(arrow[0], "&");
        Literal conclusion = Literal.parse(conclusionAndUnless[0]);
        List<Literal> unless = conclusionAndUnless.length > 1 ? literals(conclusionAndUnless[1], ",") : List.of();
        String id = source + "-" + String.format("%02d", ++counter);
        StringBuilder drl = drlBySource.computeIfAbsent(source, s -> new StringBuilder(header()));
        drl.append("rule \"").append(id).append(": ").append(spec.strip()).append("\"\n")
                .append("    @claim(\"").append(id).append("\") @source(\"").append(source)
                .append("\") @confidence(\"").append(confidence.label()).append("\")\n")
                .append("    @section(\"Synthetic\") @quote(\"quote ").append(id)
                .append("\") @paraphrase(\"paraphrase ").append(id).append("\")\n")
                .append("when\n    $s : Stratum()\n");
        premises.forEach(p -> drl.append("    Holds( stratum == $s, literal == \"").append(p).append("\" )\n"));
        unless.forEach(u -> drl.append("    not Defeater( stratum == $s, literal == \"").append(u).append("\" )\n"));
        drl.append("then\n    conclude(drools, $s, \"").append(conclusion).append("\");\nend\n\n");
        premises.forEach(l -> propositions.add(l.proposition()));
        unless.forEach(l -> propositions.add(l.proposition()));
        propositions.add(conclusion.proposition());
        return this;
    }

    /**
     * Makes a proposition a fact recorded with {@code value} (reported by the first source that
     * has claims, or by a source {@code s0}).
     */
    public SyntheticKb fact(String id, boolean value) {
        propositions.add(id);
        record.put(id, value);
        return this;
    }

    /** Adds a proposition no claim mentions (an isolated driver). */
    public SyntheticKb proposition(String id) {
        propositions.add(id);
        return this;
    }

    private static List<Literal> literals(String text, String separator) {
        List<Literal> out = new ArrayList<>();
        for (String part : text.split(separator)) {
            if (!part.isBlank()) {
                out.add(Literal.parse(part));
            }
        }
        return out;
    }

    private static String header() {
        return """
                package org.qantar.kb;

                import org.qantar.rules.drools.Stratum;
                import org.qantar.rules.drools.Holds;
                import org.qantar.rules.drools.Defeater;
                import function org.qantar.rules.drools.Consequences.conclude;

                """;
    }

    /** Rule files by classpath path, for {@code DroolsRuleBase.compile}. */
    public Map<String, String> drlFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        drlBySource.forEach((source, drl) -> files.put("org/qantar/kb/" + source + ".drl", drl.toString()));
        return files;
    }

    public KnowledgeBase knowledgeBase() {
        List<Source> sources = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        DrlClaimReader reader = new DrlClaimReader();
        for (Map.Entry<String, StringBuilder> e : drlBySource.entrySet()) {
            sources.add(new Source(e.getKey(), "Title " + e.getKey(), null, null, null, null, e.getKey() + ".txt",
                    "0".repeat(64), null));
            DrlClaimReader.Result r = reader.read(e.getKey() + ".drl", e.getValue().toString());
            if (!r.problems().isEmpty()) {
                throw new IllegalStateException(r.problems().toString());
            }
            for (ParsedRule p : r.rules()) {
                claims.add(new Claim(p.meta("claim"), p.meta("source"), p.name(), p.premises(), p.unless(),
                        p.conclusion(), Confidence.fromLabel(p.meta("confidence")), p.meta("section"), p.meta("quote"),
                        p.meta("paraphrase")));
            }
        }
        List<Proposition> props = propositions.stream().map(id -> new Proposition(id, "Statement " + id,
                record.containsKey(id) ? PropositionKind.FACT : PropositionKind.DRIVER)).toList();
        String reporter = sources.isEmpty() ? "s0" : sources.get(0).id();
        List<RecordedFact> facts = new ArrayList<>();
        record.forEach((id, value) -> facts.add(new RecordedFact(id, value, List.of(reporter), "quote " + id)));
        return new KnowledgeBase(sources, props, claims, List.of(), facts, "synthetic");
    }

    /**
     * A random knowledge base over {@code propositions} propositions and {@code sources} sources:
     * 1–3 premises, sometimes an unless, conclusions of both values, so it has cycles,
     * contradictions and defeaters.
     */
    public static SyntheticKb random(long seed, int propositions, int claims, int sources) {
        return random(seed, propositions, claims, sources, false);
    }

    /**
     * As {@link #random(long, int, int, int)}; with {@code cutsAndRecord}, each claim gets a random
     * confidence (so the cuts differ) and about one proposition in six is a recorded fact.
     */
    public static SyntheticKb random(long seed, int propositions, int claims, int sources, boolean cutsAndRecord) {
        Random random = new Random(seed);
        SyntheticKb kb = new SyntheticKb();
        Random mixed = new Random(seed * 31 + 17);
        for (int p = 0; p < propositions; p++) {
            if (cutsAndRecord && mixed.nextInt(6) == 0) {
                kb.fact("p" + p, mixed.nextBoolean());
            } else {
                kb.proposition("p" + p);
            }
        }
        for (int c = 0; c < claims; c++) {
            int conclusion = random.nextInt(propositions);
            Set<Integer> used = new LinkedHashSet<>();
            used.add(conclusion);
            StringBuilder spec = new StringBuilder();
            int premises = 1 + random.nextInt(3);
            for (int i = 0; i < premises; i++) {
                int p = random.nextInt(propositions);
                if (used.add(p)) {
                    spec.append(spec.length() > 0 ? " & " : "").append(random.nextBoolean() ? "" : "!").append("p").append(p);
                }
            }
            if (spec.length() == 0) {
                int p = (conclusion + 1) % propositions;
                used.add(p);
                spec.append("p").append(p);
            }
            spec.append(" -> ").append(random.nextInt(3) == 0 ? "!" : "").append("p").append(conclusion);
            if (random.nextInt(4) == 0) {
                int u = random.nextInt(propositions);
                if (used.add(u)) {
                    spec.append(" unless ").append(random.nextBoolean() ? "" : "!").append("p").append(u);
                }
            }
            Confidence confidence = cutsAndRecord ? Confidence.values()[mixed.nextInt(3)] : Confidence.LIKELY;
            kb.claim("s" + random.nextInt(sources), confidence, spec.toString());
        }
        return kb;
    }
}
