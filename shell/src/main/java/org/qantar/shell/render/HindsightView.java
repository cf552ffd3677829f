package org.qantar.shell.render;

import org.qantar.model.Literal;
import org.qantar.rules.hindsight.ArticleScore;
import org.qantar.rules.hindsight.AutopsyVerdict;
import org.qantar.rules.hindsight.CalibrationBin;
import org.qantar.rules.hindsight.ClaimAutopsy;
import org.qantar.rules.hindsight.ProbabilityMap;
import org.qantar.rules.hindsight.Resolution;
import org.qantar.rules.hindsight.Resolutions;
import org.qantar.rules.hindsight.ScoredPosition;
import org.qantar.rules.hindsight.Scorecard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Hindsight in text: the resolutions in force, one resolution set or withdrawn, the scorecard
 * (articles ranked by Brier score, each article's positions, calibration, the claim autopsy).
 */
public final class HindsightView {

    private HindsightView() {
    }

    /** Every resolution in force: proposition, value, when, whose, the evidence; then any kept aside. */
    public static String resolutions(Resolutions r, String file, Screen screen) {
        StringBuilder out = new StringBuilder();
        if (r.entries().isEmpty()) {
            out.append("nothing resolved (resolve PROP true|false|partly --on DATE --evidence TEXT adds one)\n");
        } else {
            long yours = r.entries().stream().filter(e -> e.origin() == Resolutions.Origin.YOURS).count();
            out.append(r.size()).append(r.size() == 1 ? " proposition" : " propositions").append(" resolved (")
                    .append(r.size() - yours).append(" shipped, ").append(yours).append(" yours, kept in ")
                    .append(file).append("):\n\n");
            Table t = Table.of(Table.Column.of("PROPOSITION"), Table.Column.of("VALUE"), Table.Column.of("ON"),
                    Table.Column.of("FROM"), Table.Column.wrapping("EVIDENCE"));
            for (Resolutions.Entry e : r.entries()) {
                Resolution res = e.resolution();
                String evidence = res.evidence() + (res.note() == null ? "" : " Note: " + res.note())
                        + (res.reference() == null ? "" : " [" + res.reference() + "]");
                String from = e.origin().label() + (e.overrides() == null ? ""
                        : " (shipped: " + e.overrides().value().label() + ")");
                t.row(Table.Cell.of(res.proposition()), new Table.Cell(res.value().label(), style(res)),
                        Table.Cell.of(res.on()), Table.Cell.of(from), Table.Cell.of(evidence));
            }
            out.append(t.render(screen)).append('\n');
        }
        if (!r.unknown().isEmpty()) {
            out.append(screen.paint("not applied (no such proposition in this knowledge base): " + r.unknown().stream()
                    .map(Resolution::proposition).distinct().collect(Collectors.joining(", ")), Style.YELLOW))
                    .append('\n');
        }
        return out.toString();
    }

    /** {@code o3 resolved true on 2023-04 (yours; overrides the shipped false)}. */
    public static String resolved(Resolutions.Entry e) {
        Resolution r = e.resolution();
        return r.proposition() + " resolved " + r.value().label() + " on " + r.on() + " (yours"
                + (e.overrides() == null ? "" : "; overrides the shipped " + e.overrides().value().label()) + ")";
    }

    /** What is in force after withdrawing one's own resolution. */
    public static String unresolved(String proposition, Optional<Resolutions.Entry> now) {
        return "withdrew your resolution of " + proposition + now.map(e -> "; the shipped one applies again: "
                + e.resolution().value().label() + " on " + e.resolution().on()).orElse("; it is unresolved");
    }

    /** What {@code adopt resolutions} set. */
    public static String adopted(List<Literal> literals, List<Literal> before, Screen screen) {
        StringBuilder out = new StringBuilder("adopted what happened: ").append(literals.size())
                .append(literals.size() == 1 ? " resolved proposition" : " resolved propositions")
                .append(" as your assumptions (partly resolved ones are left out)");
        out.append(before.isEmpty() ? "" : " (replacing " + before.size()
                + (before.size() == 1 ? " assumption" : " assumptions") + "; undo restores them)").append(":\n");
        String text = literals.stream().map(Literal::toString).collect(Collectors.joining(" "));
        Text.indentWrapped("  ", text, screen.width()).forEach(l -> out.append(screen.paint(l, Style.CYAN)).append('\n'));
        return out.toString();
    }

    /** The scorecard: ranking, each article's positions, calibration, the autopsy. */
    public static String scorecard(Scorecard s, Screen screen) {
        StringBuilder out = new StringBuilder();
        ProbabilityMap p = s.probabilities();
        out.append("Each article's outcome positions against what happened (").append(s.resolutions())
                .append(" propositions resolved), scored as forecasts at stated ").append(num(p.stated()))
                .append(", likely ").append(num(p.likely())).append(", possible ").append(num(p.possible()))
                .append(":\n\n");
        Table rank = Table.of(Table.Column.right("#"), Table.Column.of("ARTICLE"), Table.Column.right("BRIER"),
                Table.Column.right("SCORED"), Table.Column.right("HELD"), Table.Column.right("PARTLY"),
                Table.Column.right("UNRESOLVED"));
        int i = 1;
        for (ArticleScore a : s.articles()) {
            rank.row(Table.Cell.of(Integer.toString(i++)), new Table.Cell(a.source(), Style.BOLD),
                    Table.Cell.of(a.brier() == null ? "-" : String.format(Locale.ROOT, "%.3f", a.brier())),
                    Table.Cell.of(Integer.toString(a.scored())), Table.Cell.of(Integer.toString(a.held())),
                    Table.Cell.of(Integer.toString(a.partly())), Table.Cell.of(Integer.toString(a.unresolved())));
        }
        out.append(rank.render(screen)).append('\n');
        Text.wrap("Brier: mean of (p - o)^2 over the scored positions, p the probability of the article's stance, "
                + "o 1 if it held, 0 if not; lower is better (0 perfect, 0.25 a coin flip's). Partly resolved and "
                + "unresolved positions are not scored.", screen.width()).forEach(l -> out.append(l).append('\n'));
        for (ArticleScore a : s.articles()) {
            out.append('\n').append(screen.paint(a.source(), Style.BOLD)).append('\n');
            Table t = Table.of(Table.Column.of("PROPOSITION"), Table.Column.of("STANCE"), Table.Column.of("CONFIDENCE"),
                    Table.Column.right("P"), Table.Column.of("RESOLVED"), Table.Column.of("HELD"),
                    Table.Column.right("BRIER"));
            for (ScoredPosition sp : a.positions()) {
                Style style = sp.held() == null ? Style.DIM : sp.held() ? Style.GREEN : Style.RED;
                t.row(Table.Cell.of(sp.proposition()), Table.Cell.of(Boolean.toString(sp.stance())),
                        Table.Cell.of(sp.confidence().label()), Table.Cell.of(num(sp.probability())),
                        Table.Cell.of(sp.resolution() == null ? "-" : sp.resolution().label() + " (" + sp.on() + ")"),
                        new Table.Cell(sp.held() == null ? "-" : sp.held() ? "yes" : "no", style),
                        Table.Cell.of(sp.brier() == null ? "-" : String.format(Locale.ROOT, "%.4f", sp.brier())));
            }
            out.append(t.render(screen));
        }
        out.append('\n').append(screen.paint("Calibration", Style.BOLD))
                .append(" (all articles: how often the stances at each level held)\n");
        out.append(calibration(s.calibration(), screen));
        out.append('\n').append(autopsy(s, screen));
        return out.toString();
    }

    /** One row per confidence level: the probability it stands for, how many scored, how many held, the rate. */
    public static String calibration(List<CalibrationBin> bins, Screen screen) {
        Table t = Table.of(Table.Column.of("CONFIDENCE"), Table.Column.right("P"), Table.Column.right("SCORED"),
                Table.Column.right("HELD"), Table.Column.right("RATE"));
        for (CalibrationBin b : bins) {
            t.row(Table.Cell.of(b.confidence().label()), Table.Cell.of(num(b.probability())),
                    Table.Cell.of(Integer.toString(b.scored())), Table.Cell.of(Integer.toString(b.held())),
                    Table.Cell.of(b.rate() == null ? "-" : String.format(Locale.ROOT, "%.2f", b.rate())));
        }
        return t.render(screen);
    }

    /** The falsified and borne-out claims in full; the untested counted. */
    public static String autopsy(Scorecard s, Screen screen) {
        StringBuilder out = new StringBuilder(screen.paint("Claim autopsy", Style.BOLD)).append(": ")
                .append(s.count(AutopsyVerdict.FALSIFIED)).append(" falsified, ")
                .append(s.count(AutopsyVerdict.BORNE_OUT)).append(" borne out, ")
                .append(s.count(AutopsyVerdict.UNTESTED))
                .append(" untested (a premise or the conclusion unresolved, a premise failed, or an exception held)\n");
        for (AutopsyVerdict v : List.of(AutopsyVerdict.FALSIFIED, AutopsyVerdict.BORNE_OUT)) {
            List<ClaimAutopsy> some = s.autopsy().stream().filter(a -> a.verdict() == v).toList();
            if (some.isEmpty()) {
                continue;
            }
            out.append('\n').append(screen.paint(v.label(), v == AutopsyVerdict.FALSIFIED ? Style.RED : Style.GREEN))
                    .append('\n');
            for (ClaimAutopsy a : some) {
                List<String> lines = Text.wrap(a.claim() + " (" + a.source() + ", " + a.confidence().label() + ") "
                        + a.reasoning() + ": " + a.reason(), screen.width() - 4);
                for (int i = 0; i < lines.size(); i++) {
                    out.append(i == 0 ? "  " : "    ").append(lines.get(i)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static Style style(Resolution r) {
        return switch (r.value()) {
            case TRUE -> Style.GREEN;
            case FALSE -> Style.RED;
            case PARTLY -> Style.YELLOW;
        };
    }

    private static String num(double p) {
        return String.format(Locale.ROOT, "%.2f", p);
    }
}
