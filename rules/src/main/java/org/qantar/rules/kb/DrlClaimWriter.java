package org.qantar.rules.kb;

import org.qantar.model.Literal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes claims as rules in the engine's DRL shape, the shape {@link DrlClaimReader} reads and
 * {@code ClaimRuleModel} builds: the expansion of a claim file that the build compiles into the
 * shipped rule base ({@link ClaimExpansion}).
 * <pre>
 * rule "NAME"
 *     @claim("..") @source("..") @confidence("..")
 *     @section("..")
 *     @quote("..")
 *     @paraphrase("..")
 * when
 *     $s : Stratum()           (a likely claim: Stratum( countsLikely ), a possible one: Stratum( countsPossible ))
 *     Holds( stratum == $s, literal == "premise" )
 *     not Defeater( stratum == $s, literal == "unless" )
 * then
 *     conclude(drools, $s, "conclusion");
 * end
 * </pre>
 * What it writes reads back, through {@link DrlClaimReader}, to the same rules ({@code ClaimExpansionTest}).
 */
public final class DrlClaimWriter {

    /** The metadata on a rule's first line, in this order; the others follow on a line each. */
    private static final List<String> FIRST_LINE = List.of("claim", "source", "confidence");
    private static final List<String> OWN_LINES = List.of("section", "quote", "paraphrase");

    private DrlClaimWriter() {
    }

    /** A whole rule file: the package, the imports the rules need, a comment, then each rule. */
    public static String write(String comment, List<ParsedRule> rules) {
        StringBuilder out = new StringBuilder("""
                package org.qantar.kb;

                import org.qantar.rules.drools.Stratum;
                import org.qantar.rules.drools.Holds;
                import org.qantar.rules.drools.Defeater;
                import function org.qantar.rules.drools.Consequences.conclude;
                """);
        if (comment != null && !comment.isBlank()) {
            out.append('\n');
            comment.lines().forEach(l -> out.append("// ").append(l).append('\n'));
        }
        for (ParsedRule r : rules) {
            out.append('\n').append(rule(r));
        }
        return out.toString();
    }

    /** One rule, from {@code rule} to {@code end}. */
    public static String rule(ParsedRule r) {
        StringBuilder out = new StringBuilder();
        out.append("rule \"").append(escape(r.name())).append("\"\n    ");
        boolean first = true;
        for (String key : FIRST_LINE) {
            if (r.meta(key) != null) {
                out.append(first ? "" : " ").append(meta(key, r.meta(key)));
                first = false;
            }
        }
        out.append('\n');
        for (String key : OWN_LINES) {
            if (r.meta(key) != null) {
                out.append("    ").append(meta(key, r.meta(key))).append('\n');
            }
        }
        for (Map.Entry<String, String> e : r.metadata().entrySet().stream()
                .filter(e -> !FIRST_LINE.contains(e.getKey()) && !OWN_LINES.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey()).toList()) {
            out.append("    ").append(meta(e.getKey(), e.getValue())).append('\n');
        }
        out.append("when\n    $s : ").append(stratumPattern(r.meta("confidence"))).append('\n');
        for (Literal p : r.premises()) {
            out.append("    Holds( stratum == $s, literal == \"").append(p).append("\" )\n");
        }
        for (Literal u : r.unless()) {
            out.append("    not Defeater( stratum == $s, literal == \"").append(u).append("\" )\n");
        }
        out.append("then\n    conclude(drools, $s, \"")
                .append(Objects.requireNonNull(r.conclusion(), "conclusion")).append("\");\nend\n");
        return out.toString();
    }

    /**
     * The claim's Stratum pattern: only the strata whose cut counts the claim, so that its rule forms
     * no match where its conclusion would not count (the k-cut counts the claims at least k-confident).
     */
    static String stratumPattern(String confidence) {
        if ("likely".equals(confidence)) {
            return "Stratum( countsLikely )";
        }
        if ("possible".equals(confidence)) {
            return "Stratum( countsPossible )";
        }
        return "Stratum()";
    }

    private static String meta(String key, String value) {
        return "@" + key + "(\"" + escape(value.replaceAll("\\s*\\R\\s*", " ").strip()) + "\")";
    }

    /** A DRL string literal's content: backslashes and double quotes escaped, as the reader unescapes them. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
