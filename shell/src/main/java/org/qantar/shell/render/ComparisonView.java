package org.qantar.shell.render;

import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.model.Source;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.compare.Article;
import org.qantar.rules.compare.ArticleComparison;
import org.qantar.rules.compare.ArticleReplay;
import org.qantar.rules.compare.Comparison;
import org.qantar.rules.compare.PositionVerdict;
import org.qantar.rules.compare.Ranking;
import org.qantar.rules.compare.Replay;
import org.qantar.rules.compare.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The articles against the scenario: a matrix of propositions × articles (one symbol a cell, green
 * where the scenario goes the article's way, red where it goes against), the ranking, the closest
 * article; one article's positions in full; the replay of each article's own reasoning.
 */
public final class ComparisonView {

    /** The legend under the matrix: every symbol it uses. */
    public static final List<String> LEGEND = List.of("✓ agrees", "✗ disagrees", "~ contested", "✓? ✗? plausible",
            "✓= ✗= you assumed it", "· open", "(blank) no position");

    /** What the DIAG column means, under the matrix. */
    public static final String DIAG_LEGEND = "DIAG how much the proposition tells the articles apart (1.00 an even "
            + "split; - every article that speaks to it agrees, so it weighs nothing in the diagnostic score); "
            + "rows that divide the articles come first";

    private ComparisonView() {
    }

    /** The one- or two-character cell of a verdict. */
    public static String symbol(Verdict v) {
        return v.symbol();
    }

    /** Green with the article, red against it, yellow contested, dim open. */
    public static Style style(Verdict v) {
        return switch (v) {
            case AGREE, PLAUSIBLE_AGREE, ASSUMED_AGREE -> Style.GREEN;
            case DISAGREE, PLAUSIBLE_DISAGREE, ASSUMED_DISAGREE -> Style.RED;
            case CONTESTED -> Style.YELLOW;
            case OPEN -> Style.DIM;
        };
    }

    /** A score as {@code +0.386}, {@code -0.571} or {@code 0.000}. */
    public static String score(double score) {
        String s = String.format(Locale.ROOT, "%.3f", Math.abs(score));
        return score > 0 ? "+" + s : score < 0 ? "-" + s : s;
    }

    /**
     * The matrix, its legend, the ranking and the closest article. Each article keeps its column
     * letter whatever the ranking (its place among the voices, in registry order), so two matrices
     * compare by eye. Rows are the propositions any shown article takes a position on, outcomes
     * first; within each group those that divide the articles come first, most diagnostic first,
     * then knowledge-base order.
     */
    public static String matrix(Comparison c, Evaluation e, KnowledgeBase kb, Screen screen) {
        StringBuilder out = new StringBuilder();
        out.append(scenario(e, kb)).append("\n\n");
        if (c.articles().isEmpty()) {
            return out.append("no articles to compare\n").toString();
        }
        List<ArticleComparison> columns = inRegistryOrder(c, kb);
        List<String> key = new ArrayList<>();
        for (ArticleComparison a : columns) {
            key.add(screen.paint(letter(kb, a.source()), Style.BOLD) + " " + a.source());
        }
        out.append(flow(key, screen.width())).append(" (columns in registry order)\n\n");
        List<Table.Column> header = new ArrayList<>(List.of(Table.Column.of("PROPOSITION"), Table.Column.right("DIAG"),
                Table.Column.of("NOW")));
        for (ArticleComparison a : columns) {
            header.add(Table.Column.of(letter(kb, a.source())));
        }
        Table t = Table.of(header.toArray(Table.Column[]::new));
        boolean any = section(t, "Outcomes", kb.propositions().stream().filter(Proposition::isOutcome).toList(),
                columns, e, false);
        section(t, "Drivers", kb.propositions().stream().filter(Proposition::isDriver).toList(), columns, e, any);
        out.append(t.render(screen)).append('\n');
        out.append(flow(LEGEND, screen.width())).append('\n');
        Text.wrap(DIAG_LEGEND, screen.width()).forEach(l -> out.append(l).append('\n'));
        out.append('\n').append(ranking(c, kb, screen)).append('\n');
        Text.wrap(rankedBy(c), screen.width()).forEach(l -> out.append(l).append('\n'));
        out.append(closest(c, kb, screen)).append('\n');
        return out.toString();
    }

    private static List<ArticleComparison> inRegistryOrder(Comparison c, KnowledgeBase kb) {
        List<ArticleComparison> ordered = new ArrayList<>(c.articles());
        ordered.sort(java.util.Comparator.comparingInt(a -> column(kb, a.source())));
        return ordered;
    }

    private static boolean section(Table t, String title, List<Proposition> propositions,
                                   List<ArticleComparison> articles, Evaluation e, boolean spaceBefore) {
        List<Proposition> taken = new ArrayList<>(propositions.stream()
                .filter(p -> articles.stream().anyMatch(a -> a.on(p.id()).isPresent())).toList());
        if (taken.isEmpty()) {
            return false;
        }
        // Stable: knowledge-base order among equally diagnostic propositions.
        taken.sort(java.util.Comparator.comparingDouble((Proposition p) -> -diagnosticity(articles, p.id())));
        int n = articles.size() + 3;
        if (spaceBefore) {
            t.row(blank(n, null));
        }
        t.row(blank(n, new Table.Cell(title, Style.BOLD)));
        for (Proposition p : taken) {
            Table.Cell[] row = new Table.Cell[n];
            row[0] = Table.Cell.of(p.id());
            row[1] = diagnosticityCell(diagnosticity(articles, p.id()));
            PropositionStatus s = e.status(p.id()).orElse(null);
            row[2] = s == null ? Table.Cell.of("?") : new Table.Cell(s.label(), StatusText.style(s));
            for (int i = 0; i < articles.size(); i++) {
                row[i + 3] = articles.get(i).on(p.id())
                        .map(v -> new Table.Cell(symbol(v.verdict()), style(v.verdict())))
                        .orElse(Table.Cell.of(""));
            }
            t.row(row);
        }
        return true;
    }

    /** The proposition's diagnosticity, as every position on it carries the same one. */
    private static double diagnosticity(List<ArticleComparison> articles, String proposition) {
        return articles.stream().flatMap(a -> a.on(proposition).stream()).mapToDouble(PositionVerdict::diagnosticity)
                .findFirst().orElse(0);
    }

    /** {@code 0.92} in bold for a position that divides the articles, {@code -} for one they share. */
    static Table.Cell diagnosticityCell(double d) {
        return d > 0 ? new Table.Cell(String.format(Locale.ROOT, "%.2f", d), Style.BOLD) : new Table.Cell("-", Style.DIM);
    }

    private static Table.Cell[] blank(int n, Table.Cell first) {
        Table.Cell[] row = new Table.Cell[n];
        Arrays.fill(row, Table.Cell.of(""));
        if (first != null) {
            row[0] = first;
        }
        return row;
    }

    /** The ranking table, best first: letter, article, both scores and the tally of its verdicts. */
    public static String ranking(Comparison c, KnowledgeBase kb, Screen screen) {
        Table t = Table.of(Table.Column.of(""), Table.Column.of("ARTICLE"), Table.Column.right("DIAG"),
                Table.Column.right("ALL"), Table.Column.right("AGREE"), Table.Column.right("DISAGREE"),
                Table.Column.right("CONTESTED"), Table.Column.right("PLAUSIBLE"), Table.Column.right("OPEN"),
                Table.Column.right("ASSUMED"));
        for (ArticleComparison a : c.articles()) {
            t.row(new Table.Cell(letter(kb, a.source()), Style.BOLD), Table.Cell.of(a.source()),
                    scoreCell(a.diagnosticScore(), c.ranking() == Ranking.DIAGNOSTIC),
                    scoreCell(a.score(), c.ranking() == Ranking.ALL_POSITIONS),
                    Table.Cell.of(Integer.toString(a.agree())),
                    Table.Cell.of(Integer.toString(a.disagree())), Table.Cell.of(Integer.toString(a.contested())),
                    Table.Cell.of(Integer.toString(a.plausible())), Table.Cell.of(Integer.toString(a.open())),
                    Table.Cell.of(Integer.toString(a.assumed())));
        }
        return t.render(screen);
    }

    private static Table.Cell scoreCell(double score, boolean ranks) {
        Style style = !ranks ? Style.DIM : score > 0 ? Style.GREEN : score < 0 ? Style.RED : Style.NONE;
        return new Table.Cell(score(score), style);
    }

    /** Which score ranked the articles, and how to get the other. */
    static String rankedBy(Comparison c) {
        return c.ranking() == Ranking.DIAGNOSTIC
                ? "ranked by DIAG, the diagnostic score: only positions that divide the articles count "
                        + "(ALL, the score over all positions, ranks with --all-positions)"
                : "ranked by ALL, the score over all positions (without --all-positions: by DIAG, the diagnostic score)";
    }

    /** {@code closest: cepa (…)}, with a note when the runner-up ties on score, or why there is none. */
    public static String closest(Comparison c, KnowledgeBase kb, Screen screen) {
        if (c.closest() == null) {
            return c.ranking() == Ranking.DIAGNOSTIC
                    ? "closest: none (no article scores above 0: the scenario settles no position that divides "
                            + "the articles any article's way)"
                    : "closest: none (no article scores above 0: the scenario settles nothing any article's way)";
        }
        StringBuilder line = new StringBuilder("closest: ").append(screen.paint(c.closest(), Style.BOLD));
        String by = byline(kb, c.closest());
        if (!by.isEmpty()) {
            line.append(" (").append(by).append(')');
        }
        List<ArticleComparison> a = c.articles();
        if (a.size() > 1 && a.get(0).source().equals(c.closest())
                && a.get(1).score(c.ranking()) == a.get(0).score(c.ranking())) {
            line.append("; tied on score with ").append(a.get(1).source()).append(", ranked by ")
                    .append(c.ranking() == Ranking.DIAGNOSTIC ? "dividing positions" : "positions")
                    .append(" leaning its way, then registry order");
        }
        return line.toString();
    }

    /** One article's positions in full, those that divide the articles first: stance, confidence, diagnosticity, status, verdict. */
    public static String article(Comparison c, Evaluation e, KnowledgeBase kb, Screen screen) {
        StringBuilder out = new StringBuilder();
        out.append(scenario(e, kb)).append("\n\n");
        for (ArticleComparison a : c.articles()) {
            String by = byline(kb, a.source());
            out.append(screen.paint(a.source(), Style.BOLD)).append(by.isEmpty() ? "" : " (" + by + ")")
                    .append(": diagnostic score ").append(score(a.diagnosticScore()))
                    .append(", score over all positions ").append(score(a.score())).append('\n');
            Table t = Table.of(Table.Column.of("PROPOSITION"), Table.Column.of("ARTICLE"),
                    Table.Column.of("CONFIDENCE"), Table.Column.right("DIAG"), Table.Column.of("NOW"),
                    Table.Column.of("VERDICT"));
            List<PositionVerdict> rows = new ArrayList<>(a.positions());
            rows.sort(java.util.Comparator.comparingDouble((PositionVerdict p) -> -p.diagnosticity()));
            for (PositionVerdict p : rows) {
                PropositionStatus s = e.status(p.proposition()).orElse(null);
                t.row(Table.Cell.of(p.proposition()), Table.Cell.of(Boolean.toString(p.stance())),
                        Table.Cell.of(p.confidence().label()), diagnosticityCell(p.diagnosticity()),
                        s == null ? Table.Cell.of("?") : new Table.Cell(s.label(), StatusText.style(s)),
                        new Table.Cell(symbol(p.verdict()) + " " + p.verdict().label(), style(p.verdict())));
            }
            out.append(t.render(screen)).append('\n');
        }
        out.append(closest(c, kb, screen)).append('\n');
        return out.toString();
    }

    /** What {@code adopt} set: the article, the literals, and how many assumptions they replaced. */
    public static String adopted(String typed, Article article, List<Literal> before, Screen screen) {
        StringBuilder out = new StringBuilder();
        if (!typed.equals(article.source())) {
            out.append(typed).append(" reprints ").append(article.source()).append(": ");
        }
        List<Literal> set = article.assumptions();
        out.append("adopted ").append(screen.paint(article.source(), Style.BOLD)).append("'s ").append(set.size())
                .append(set.size() == 1 ? " driver position" : " driver positions").append(" as your assumptions");
        out.append(before.isEmpty() ? "" : " (replacing " + before.size()
                + (before.size() == 1 ? " assumption" : " assumptions") + "; undo restores them)").append(":\n");
        String literals = set.stream().map(Literal::toString).collect(Collectors.joining(" "));
        Text.indentWrapped("  ", literals, screen.width()).forEach(l -> out.append(screen.paint(l, Style.CYAN))
                .append('\n'));
        return out.toString();
    }

    /** Each article's replay: how much of its own outcome it reproduces, and what it misses with the status it got. */
    public static String replay(Replay r, Screen screen) {
        if (r.articles().isEmpty()) {
            return "no articles to replay\n";
        }
        StringBuilder out = new StringBuilder(
                "Each article under its own driver positions, counting only its own claims:\n\n");
        Table t = Table.of(Table.Column.of("ARTICLE"), Table.Column.right("REPRODUCED"), Table.Column.right("SHARE"),
                Table.Column.wrapping("MISSING (STATUS UNDER ITS OWN REASONING)"));
        for (ArticleReplay a : r.articles()) {
            Style style = a.share() >= Replay.BAR ? Style.GREEN : Style.RED;
            String missing = a.missing().stream()
                    .map(id -> id + " (" + Optional.ofNullable(a.evaluation()).flatMap(ev -> ev.status(id))
                            .map(PropositionStatus::label).orElse("?") + ")")
                    .collect(Collectors.joining(", "));
            t.row(Table.Cell.of(a.source()), Table.Cell.of(a.reproduced() + "/" + a.total()),
                    new Table.Cell(Math.round(100 * a.share()) + "%", style), Table.Cell.of(missing));
        }
        out.append(t.render(screen)).append('\n');
        List<ArticleReplay> below = r.belowBar();
        int bar = (int) Math.round(100 * Replay.BAR);
        if (below.isEmpty()) {
            out.append("every article reproduces at least ").append(bar).append("% of its outcome positions\n");
        } else {
            out.append(screen.paint("below " + bar + "%: " + below.stream().map(ArticleReplay::source)
                    .collect(Collectors.joining(", "))
                    + " (the knowledge base misses claims these articles make)", Style.YELLOW)).append('\n');
        }
        return out.toString();
    }

    /** Items two spaces apart, onto a new line before one would pass {@code width} (items may carry colour). */
    private static String flow(List<String> items, int width) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String item : items) {
            int w = Text.width(item.replaceAll("\u001b\\[[0-9;]*m", ""));
            if (column > 0 && column + 2 + w > width) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append("  ");
                column += 2;
            }
            out.append(item);
            column += w;
        }
        return out.toString();
    }

    /** The scenario in one line: what is assumed and which sources count. */
    private static String scenario(Evaluation e, KnowledgeBase kb) {
        int n = e.assumptions().size();
        String assumed = n == 0 ? "nothing assumed" : n + (n == 1 ? " assumption" : " assumptions");
        List<String> voices = kb.voices().stream().map(Source::id).toList();
        String lens = e.lens().containsAll(voices) ? "every source counted"
                : "counting " + String.join(", ", e.lens());
        return "The articles against your scenario (" + assumed + ", " + lens + ")";
    }

    private static String byline(KnowledgeBase kb, String sourceId) {
        return kb.source(sourceId).map(s -> java.util.stream.Stream.of(s.author(), s.outlet())
                .filter(x -> x != null && !x.isBlank()).collect(Collectors.joining(", "))).orElse("");
    }

    /** The fixed column letter of an article: its place among the knowledge base's voices. */
    static String letter(KnowledgeBase kb, String source) {
        return letter(column(kb, source));
    }

    /** The article's place among the voices in registry order; unknown ones (never in practice) after them. */
    private static int column(KnowledgeBase kb, String source) {
        List<Source> voices = kb.voices();
        for (int i = 0; i < voices.size(); i++) {
            if (voices.get(i).id().equals(source)) {
                return i;
            }
        }
        return voices.size();
    }

    /** A, B, … Z, then AA, AB, …: the letter of the i-th column. */
    static String letter(int i) {
        String s = "";
        int n = i;
        do {
            s = (char) ('A' + n % 26) + s;
            n = n / 26 - 1;
        } while (n >= 0);
        return s;
    }
}
