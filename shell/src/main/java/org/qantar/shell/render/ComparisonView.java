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

    private ComparisonView() {
    }

    /** The one- or two-character cell of a verdict. */
    public static String symbol(Verdict v) {
        return switch (v) {
            case AGREE -> "✓";
            case DISAGREE -> "✗";
            case CONTESTED -> "~";
            case PLAUSIBLE_AGREE -> "✓?";
            case PLAUSIBLE_DISAGREE -> "✗?";
            case OPEN -> "·";
            case ASSUMED_AGREE -> "✓=";
            case ASSUMED_DISAGREE -> "✗=";
        };
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
     * The matrix, its legend, the ranking and the closest article. Columns are lettered in ranking
     * order (A is the closest); rows are the propositions any shown article takes a position on,
     * outcomes first, in knowledge-base order.
     */
    public static String matrix(Comparison c, Evaluation e, KnowledgeBase kb, Screen screen) {
        StringBuilder out = new StringBuilder();
        out.append(scenario(e, kb)).append("\n\n");
        if (c.articles().isEmpty()) {
            return out.append("no articles to compare\n").toString();
        }
        List<ArticleComparison> articles = c.articles();
        List<String> key = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            key.add(screen.paint(letter(i), Style.BOLD) + " " + articles.get(i).source());
        }
        out.append(flow(key, screen.width())).append(" (ranked by score)\n\n");
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.of("PROPOSITION"), Table.Column.of("NOW")));
        for (int i = 0; i < articles.size(); i++) {
            columns.add(Table.Column.of(letter(i)));
        }
        Table t = Table.of(columns.toArray(Table.Column[]::new));
        boolean any = section(t, "Outcomes", kb.propositions().stream().filter(Proposition::isOutcome).toList(),
                articles, e, false);
        section(t, "Drivers", kb.propositions().stream().filter(Proposition::isDriver).toList(), articles, e, any);
        out.append(t.render(screen)).append('\n');
        out.append(flow(LEGEND, screen.width())).append('\n');
        out.append('\n').append(ranking(c, screen)).append('\n').append(closest(c, kb, screen)).append('\n');
        return out.toString();
    }

    private static boolean section(Table t, String title, List<Proposition> propositions,
                                   List<ArticleComparison> articles, Evaluation e, boolean spaceBefore) {
        List<Proposition> taken = propositions.stream()
                .filter(p -> articles.stream().anyMatch(a -> a.on(p.id()).isPresent())).toList();
        if (taken.isEmpty()) {
            return false;
        }
        int n = articles.size() + 2;
        if (spaceBefore) {
            t.row(blank(n, null));
        }
        t.row(blank(n, new Table.Cell(title, Style.BOLD)));
        for (Proposition p : taken) {
            Table.Cell[] row = new Table.Cell[n];
            row[0] = Table.Cell.of(p.id());
            PropositionStatus s = e.status(p.id()).orElse(null);
            row[1] = s == null ? Table.Cell.of("?") : new Table.Cell(s.label(), StatusText.style(s.status()));
            for (int i = 0; i < articles.size(); i++) {
                row[i + 2] = articles.get(i).on(p.id())
                        .map(v -> new Table.Cell(symbol(v.verdict()), style(v.verdict())))
                        .orElse(Table.Cell.of(""));
            }
            t.row(row);
        }
        return true;
    }

    private static Table.Cell[] blank(int n, Table.Cell first) {
        Table.Cell[] row = new Table.Cell[n];
        Arrays.fill(row, Table.Cell.of(""));
        if (first != null) {
            row[0] = first;
        }
        return row;
    }

    /** The ranking table: letter, article, score and the tally of its verdicts. */
    public static String ranking(Comparison c, Screen screen) {
        Table t = Table.of(Table.Column.of(""), Table.Column.of("ARTICLE"), Table.Column.right("SCORE"),
                Table.Column.right("AGREE"), Table.Column.right("DISAGREE"), Table.Column.right("CONTESTED"),
                Table.Column.right("PLAUSIBLE"), Table.Column.right("OPEN"), Table.Column.right("ASSUMED"));
        for (int i = 0; i < c.articles().size(); i++) {
            ArticleComparison a = c.articles().get(i);
            Style scoreStyle = a.score() > 0 ? Style.GREEN : a.score() < 0 ? Style.RED : Style.NONE;
            t.row(new Table.Cell(letter(i), Style.BOLD), Table.Cell.of(a.source()),
                    new Table.Cell(score(a.score()), scoreStyle), Table.Cell.of(Integer.toString(a.agree())),
                    Table.Cell.of(Integer.toString(a.disagree())), Table.Cell.of(Integer.toString(a.contested())),
                    Table.Cell.of(Integer.toString(a.plausible())), Table.Cell.of(Integer.toString(a.open())),
                    Table.Cell.of(Integer.toString(a.assumed())));
        }
        return t.render(screen);
    }

    /** {@code closest: cepa (…)}, with a note when the runner-up ties on score, or why there is none. */
    public static String closest(Comparison c, KnowledgeBase kb, Screen screen) {
        if (c.closest() == null) {
            return "closest: none (no article scores above 0: the scenario settles nothing any article's way)";
        }
        StringBuilder line = new StringBuilder("closest: ").append(screen.paint(c.closest(), Style.BOLD));
        String by = byline(kb, c.closest());
        if (!by.isEmpty()) {
            line.append(" (").append(by).append(')');
        }
        List<ArticleComparison> a = c.articles();
        if (a.size() > 1 && a.get(0).source().equals(c.closest()) && a.get(1).score() == a.get(0).score()) {
            line.append("; tied on score with ").append(a.get(1).source())
                    .append(", ranked by positions leaning its way, then registry order");
        }
        return line.toString();
    }

    /** One article's positions in full: stance, confidence, the current status and the verdict. */
    public static String article(Comparison c, Evaluation e, KnowledgeBase kb, Screen screen) {
        StringBuilder out = new StringBuilder();
        out.append(scenario(e, kb)).append("\n\n");
        for (ArticleComparison a : c.articles()) {
            String by = byline(kb, a.source());
            out.append(screen.paint(a.source(), Style.BOLD)).append(by.isEmpty() ? "" : " (" + by + ")")
                    .append(": score ").append(score(a.score())).append('\n');
            Table t = Table.of(Table.Column.of("PROPOSITION"), Table.Column.of("ARTICLE"),
                    Table.Column.of("CONFIDENCE"), Table.Column.of("NOW"), Table.Column.of("VERDICT"));
            for (PositionVerdict p : a.positions()) {
                PropositionStatus s = e.status(p.proposition()).orElse(null);
                t.row(Table.Cell.of(p.proposition()), Table.Cell.of(Boolean.toString(p.stance())),
                        Table.Cell.of(p.confidence().label()),
                        s == null ? Table.Cell.of("?") : new Table.Cell(s.label(), StatusText.style(s.status())),
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

    /** A, B, … Z, then AA, AB, …: the column of the i-th article in ranking order. */
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
