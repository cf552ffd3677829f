package org.qantar.shell.render;

import org.qantar.model.Claim;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.Source;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.workbench.Conflict;

import java.util.List;

/** Tables of the knowledge base: sources, propositions, claims, positions, and the conflicts. */
public final class CatalogueView {

    private CatalogueView() {
    }

    public static String sources(List<Source> sources, Screen screen) {
        if (sources.isEmpty()) {
            return "no sources\n";
        }
        Table t = Table.of(Table.Column.of("ID"), Table.Column.wrapping("TITLE"), Table.Column.wrapping("AUTHOR"),
                Table.Column.wrapping("OUTLET"), Table.Column.of("DATE"));
        for (Source s : sources) {
            // a missing title shows "-" like every other missing field (newcomer #32)
            String title = s.isReprint() ? orDash(s.title()) + " (reprint of " + s.reprintOf() + ")" : orDash(s.title());
            t.row(Table.Cell.of(s.id()), Table.Cell.of(title), Table.Cell.of(orDash(s.author())),
                    Table.Cell.of(orDash(s.outlet())), Table.Cell.of(orDash(s.date())));
        }
        return t.render(screen);
    }

    public static String propositions(List<Proposition> propositions, Screen screen) {
        if (propositions.isEmpty()) {
            return "no propositions\n";
        }
        Table t = Table.of(Table.Column.of("ID"), Table.Column.of("KIND"), Table.Column.wrapping("STATEMENT"));
        for (Proposition p : propositions) {
            t.row(p.id(), p.kind().label(), p.statement());
        }
        return t.render(screen);
    }

    public static String claims(List<Claim> claims, Screen screen) {
        if (claims.isEmpty()) {
            return "no claims\n";
        }
        Table t = Table.of(Table.Column.of("ID"), Table.Column.of("SOURCE"), Table.Column.of("CONFIDENCE"),
                Table.Column.wrapping("REASONING"), Table.Column.wrapping("CLAIM"));
        for (Claim c : claims) {
            t.row(c.id(), c.source(), c.confidence().label(), StatusText.rule(c), c.name());
        }
        return t.render(screen);
    }

    /** One claim in full, and the current status of its conclusion. */
    public static String claim(Claim c, KnowledgeBase kb, PropositionStatus conclusion, Screen screen) {
        StringBuilder out = new StringBuilder();
        out.append(screen.paint(c.id(), Style.BOLD)).append("  ").append(c.name() == null ? "" : c.name()).append('\n');
        String title = kb.source(c.source()).map(Source::title).orElse(null);
        field(out, "source", c.source() + (title == null ? "" : " (" + title + ")"), screen);
        field(out, "confidence", c.confidence().label(), screen);
        field(out, "section", c.section(), screen);
        field(out, "reasoning", StatusText.rule(c), screen);
        field(out, "quote", c.quote() == null ? null : "\"" + c.quote() + "\"", screen);
        field(out, "paraphrase", c.paraphrase(), screen);
        out.append("  ").append(Text.padRight("now", 12)).append(c.conclusion().proposition()).append(" is ")
                .append(StatusText.label(conclusion, screen)).append('\n');
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value, Screen screen) {
        if (value == null || value.isBlank()) {
            return;
        }
        String indent = " ".repeat(14);
        List<String> lines = Text.wrap(value, screen.width() - indent.length());
        out.append("  ").append(Text.padRight(name, 12)).append(lines.get(0)).append('\n');
        lines.stream().skip(1).forEach(l -> out.append(indent).append(l).append('\n'));
    }

    public static String positions(List<Position> positions, Screen screen) {
        if (positions.isEmpty()) {
            return "no positions\n";
        }
        Table t = Table.of(Table.Column.of("SOURCE"), Table.Column.of("POSITION"), Table.Column.of("CONFIDENCE"),
                Table.Column.wrapping("QUOTE"));
        for (Position p : positions) {
            t.row(p.source(), p.literal().toString(), p.confidence().label(), "\"" + p.quote() + "\"");
        }
        return t.render(screen);
    }

    /** Each conflict: the proposition and its current status, then each side's claims with sources. */
    public static String conflicts(List<Conflict> conflicts, KnowledgeBase kb, Screen screen) {
        if (conflicts.isEmpty()) {
            return "no conflicts: no counted claims conclude opposite values\n";
        }
        StringBuilder out = new StringBuilder();
        for (Conflict c : conflicts) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(screen.paint(c.proposition(), Style.BOLD)).append("  now ")
                    .append(StatusText.label(c.status(), screen)).append('\n');
            side(out, c.proposition(), c.forTrue(), screen);
            side(out, "!" + c.proposition(), c.forFalse(), screen);
            for (String voice : c.selfContradicting(kb)) {
                out.append("  ").append(screen.paint(voice + " concludes both values", Style.YELLOW)).append('\n');
            }
        }
        return out.toString();
    }

    private static void side(StringBuilder out, String literal, List<Claim> claims, Screen screen) {
        out.append("  ").append(literal).append(":\n");
        for (Claim cl : claims) {
            String line = cl.id() + " (" + cl.source() + ", " + cl.confidence().label() + ")  " + StatusText.rule(cl);
            Text.indentWrapped("    ", line, screen.width()).forEach(l -> out.append(l).append('\n'));
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? StatusText.NO_VALUE : s;
    }
}
