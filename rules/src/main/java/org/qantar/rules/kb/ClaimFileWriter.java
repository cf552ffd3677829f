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
        return write(heading, rules, new DrlComments(Map.of(), List.of()));
    }

    /**
     * One source's claims, in their order, under a comment naming the source, with the comments of
     * the rule file they were converted from where that file had them: above each claim, and a
     * section banner as a {@code section} line.
     */
    public static String write(String heading, List<ParsedRule> rules, DrlComments comments) {
        StringBuilder out = new StringBuilder();
        if (heading != null && !heading.isBlank()) {
            heading.lines().forEach(l -> out.append("# ").append(l).append('\n'));
        }
        String section = null;
        for (ParsedRule r : rules) {
            DrlComments.Block block = comments.before(r);
            comment(out, block.beforeBanner());
            String s = r.meta("section");
            if (s != null && (!s.equals(section) || block.bannerTitle() != null)) {
                blankLine(out);
                out.append("section ").append(oneLine(s)).append('\n');
                section = s;
                if (block.bannerTitle() != null && !block.bannerTitle().equals(s)) {
                    out.append("# ").append(block.bannerTitle()).append('\n');
                }
            }
            comment(out, block.afterBanner());
            if (block.afterBanner().isEmpty()) {
                blankLine(out);
            }
            out.append(claim(r));
        }
        comment(out, comments.trailing());
        return out.toString();
    }

    /** Comment lines as {@link DrlComments} gives them, after a blank line (none at the file's start). */
    private static void comment(StringBuilder out, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        blankLine(out);
        lines.forEach(l -> out.append(l).append('\n'));
    }

    /** A blank line between two parts of the file, never at its start. */
    private static void blankLine(StringBuilder out) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
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
