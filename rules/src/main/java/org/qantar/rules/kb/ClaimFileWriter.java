package org.qantar.rules.kb;

import org.qantar.model.Literal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes claims in the analyst's format that {@link ClaimFileReader} reads: the mechanical
 * conversion of a source's DRL rule file ({@code kb convert}) and the files {@code kb init} writes.
 * What it writes reads back to the same claims: {@code ClaimFileConversionTest}.
 */
public final class ClaimFileWriter {

    /** Metadata the format spells out in its own lines; anything else is written as {@code @key value}. */
    private static final Set<String> OWN_LINES = Set.of("claim", "source", "confidence", "section", "quote", "paraphrase");

    private ClaimFileWriter() {
    }

    /** One source's claims, in their order, under a comment naming the source. */
    public static String write(String heading, List<ParsedRule> rules) {
        StringBuilder out = new StringBuilder();
        if (heading != null && !heading.isBlank()) {
            heading.lines().forEach(l -> out.append("# ").append(l).append('\n'));
        }
        String section = null;
        for (ParsedRule r : rules) {
            String s = r.meta("section");
            if (s != null && !s.equals(section)) {
                out.append('\n').append("section ").append(oneLine(s)).append('\n');
                section = s;
            }
            out.append('\n').append(claim(r));
        }
        return out.toString();
    }

    /** One claim: its header line, then its metadata, premises, unless and conclusion, indented. */
    public static String claim(ParsedRule r) {
        StringBuilder out = new StringBuilder();
        out.append("claim ").append(r.meta("claim")).append(' ').append(r.meta("confidence")).append(": ")
                .append(oneLine(r.name())).append('\n');
        if (r.meta("quote") != null) {
            out.append("  quote \"").append(oneLine(r.meta("quote"))).append("\"\n");
        }
        if (r.meta("paraphrase") != null) {
            out.append("  paraphrase ").append(oneLine(r.meta("paraphrase"))).append('\n');
        }
        for (Map.Entry<String, String> e : r.metadata().entrySet().stream()
                .filter(e -> !OWN_LINES.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey()).toList()) {
            out.append("  @").append(e.getKey()).append(' ').append(oneLine(e.getValue())).append('\n');
        }
        if (!r.premises().isEmpty()) {
            out.append("  if ").append(literals(r.premises())).append('\n');
        }
        if (!r.unless().isEmpty()) {
            out.append("  unless ").append(literals(r.unless())).append('\n');
        }
        out.append("  then ").append(Objects.requireNonNull(r.conclusion(), "conclusion")).append('\n');
        return out.toString();
    }

    private static String literals(List<Literal> literals) {
        return literals.stream().map(Literal::toString).collect(Collectors.joining(", "));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
