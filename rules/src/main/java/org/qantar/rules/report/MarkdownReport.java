package org.qantar.rules.report;

import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.Source;
import org.qantar.rules.Justification.ClaimNode;
import org.qantar.rules.Justification.PremiseNode;
import org.qantar.rules.Justification;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.analysis.SensitivityResult;
import org.qantar.rules.analysis.SimulationResult;
import org.qantar.rules.analysis.StatusValue;
import org.qantar.rules.compare.ArticleComparison;
import org.qantar.rules.compare.PositionVerdict;
import org.qantar.rules.hindsight.ArticleScore;
import org.qantar.rules.hindsight.AutopsyVerdict;
import org.qantar.rules.hindsight.CalibrationBin;
import org.qantar.rules.hindsight.ClaimAutopsy;
import org.qantar.rules.hindsight.Scorecard;
import org.qantar.rules.hindsight.ScoredPosition;
import org.qantar.rules.workbench.KeptAnalysis;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report as Markdown for git and e-mail: the same sections as the HTML page, tables for the
 * outcomes, the matrix and the analyses' numbers, and the map as a link to an SVG file written
 * beside it ({@code svgFileName}).
 */
public final class MarkdownReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Report report;
    private final StringBuilder out = new StringBuilder();

    private MarkdownReport(Report report) {
        this.report = report;
    }

    public static String write(Report report, String svgFileName) {
        return new MarkdownReport(report).all(svgFileName);
    }

    private String all(String svg) {
        out.append("# Scenario “").append(text(report.name())).append("”\n\n");
        out.append("Qantar report, ").append(WHEN.format(report.generated())).append(" · ")
                .append(report.kb().sources().size()).append(" sources, ").append(report.kb().propositions().size())
                .append(" propositions, ").append(report.kb().claims().size()).append(" claims\n\n");
        scenario();
        out.append("## Outcomes\n\n| Outcome | Statement | Status | Value | Strength |\n|---|---|---|---|---|\n");
        for (PropositionStatus o : report.outcomes()) {
            out.append("| `").append(o.id()).append("` | ").append(cell(report.statement(o.id()))).append(" | ")
                    .append(ReportText.status(o).split(" ")[0]).append(' ').append(o.status().name()).append(" | ")
                    .append(o.value() == null ? "—" : o.value()).append(" | ")
                    .append(o.strength() == null ? "—" : o.strength().label()).append(" |\n");
        }
        out.append("\n## The argument map\n\n![Argument map: ").append(report.map().propositions().size())
                .append(" propositions and ").append(report.map().claims().size()).append(" claims](")
                .append(svg).append(")\n\n");
        out.append("## Why each outcome stands where it does\n\n");
        for (Justification j : report.justifications()) {
            justification(j);
        }
        comparison();
        report.scorecard().ifPresent(this::scorecard);
        simulation();
        sensitivity();
        out.append("## The articles\n\n");
        for (Source s : report.kb().sources()) {
            out.append("- `").append(s.id()).append("`: ").append(text(ReportText.reference(s)))
                    .append(s.url() == null ? "" : " <" + s.url() + ">")
                    .append(s.isReprint() ? " (a reprint of " + s.reprintOf() + ", never counted twice)" : "").append('\n');
        }
        return out.toString();
    }

    private void scenario() {
        out.append("## The scenario\n\n");
        if (!report.note().isBlank()) {
            report.note().lines().forEach(l -> out.append("> ").append(text(l)).append('\n'));
            out.append('\n');
        }
        out.append("**Assumptions:**");
        if (report.assumptions().isEmpty() && report.unknownAssumptions().isEmpty()) {
            out.append(" none: the sources' reasoning from the record alone\n\n");
        } else {
            out.append("\n\n");
            for (Literal l : report.assumptions()) {
                out.append("- `").append(l).append("` — ").append(l.value() ? "" : "not: ")
                        .append(text(report.statement(l.proposition()))).append('\n');
            }
            report.unknownAssumptions().forEach(u -> out.append("- `").append(u).append("` — not in this knowledge base (kept)\n"));
            out.append('\n');
        }
        List<Literal> cf = report.counterfactuals();
        out.append("**Counterfactuals:** ").append(cf.isEmpty() ? "none: nothing assumed against the record"
                : String.join(", ", cf.stream().map(l -> "`" + l + "`").toList())).append("\n\n");
        out.append("**Lens:** ").append(report.lens().isEmpty() ? "every source counts"
                : "only " + String.join(", ", report.lens()) + " count").append("\n\n");
        out.append("**Confidence floor:** ").append(ReportText.floor(report)).append("\n\n");
        out.append("**Record:** ").append(report.record() ? "on: facts hold at their recorded values unless "
                + "assumed otherwise" : "off: facts are open").append("\n\n");
        out.append("**Priors:**");
        if (report.priors().isEmpty()) {
            out.append(" none set: every driver counts as 0.5\n\n");
        } else {
            out.append("\n\n");
            for (Map.Entry<String, Prior> e : new TreeMap<>(report.priors()).entrySet()) {
                out.append("- `").append(e.getKey()).append("` ").append(ReportText.prior(e.getValue())).append('\n');
            }
            out.append('\n');
        }
    }

    private void justification(Justification j) {
        out.append("### `").append(j.proposition()).append("` ").append(ReportText.status(j.status())).append("\n\n");
        switch (j.status().status().name()) {
            case "CONTESTED" -> {
                out.append("Possibly true because:\n\n");
                claims(j.supportTrue(), 0);
                out.append("\nPossibly false because:\n\n");
                claims(j.supportFalse(), 0);
            }
            case "OPEN" -> out.append("No counted claim reaches it under this scenario.\n");
            default -> {
                if (j.support().isEmpty()) {
                    out.append(j.status().status().name().equals("ASSUMED") ? "You assumed it.\n"
                            : "It holds without a claim behind it (the record).\n");
                } else {
                    out.append("Because:\n\n");
                    claims(j.support(), 0);
                }
            }
        }
        if (!j.tensions().isEmpty()) {
            out.append("\nClaims pushing against it:\n\n");
            claims(j.tensions(), 0);
        }
        out.append('\n');
    }

    private void claims(List<ClaimNode> nodes, int depth) {
        String indent = "  ".repeat(depth);
        for (ClaimNode c : nodes) {
            List<String> premises = c.premises().stream().map(p -> p.literal().toString()).toList();
            out.append(indent).append("- **").append(c.claim()).append("** (").append(c.source()).append(", ")
                    .append(c.confidence().label()).append("): `").append(premises.isEmpty() ? ""
                            : String.join(", ", premises) + " ⇒ ").append(c.conclusion()).append('`');
            if (c.quote() != null && !c.quote().isBlank()) {
                String ref = report.kb().source(c.source()).map(ReportText::reference).orElse(c.source());
                out.append(" — “").append(text(c.quote())).append("” (").append(text(ref)).append(')');
            }
            if (!c.defeatedBy().isEmpty()) {
                out.append(" — establishes nothing: its unless ").append(String.join(", ",
                        c.defeatedBy().stream().map(Literal::toString).toList())).append(" may hold");
            }
            out.append('\n');
            for (PremiseNode p : c.premises()) {
                out.append(indent).append("  - `").append(p.literal()).append("` ").append(p.status())
                        .append(p.assumed() ? " (assumed)" : "").append(p.shownAbove() ? " (shown above)" : "").append('\n');
                if (!p.because().isEmpty() && !p.shownAbove()) {
                    claims(p.because(), depth + 2);
                }
            }
        }
    }

    private void comparison() {
        List<ArticleComparison> articles = report.comparison().articles();
        out.append("## The articles against the scenario\n\n✓ agrees, ✗ disagrees, ~ contested, ✓? ✗? plausible, "
                + "✓= ✗= you assumed it, · open, blank: no position. Closest: ")
                .append(report.comparison().closest() == null ? "none" : report.comparison().closest()).append(".\n\n");
        out.append("| Proposition |");
        articles.forEach(a -> out.append(' ').append(a.source()).append(" |"));
        out.append("\n|---|").append("---|".repeat(articles.size())).append('\n');
        report.kb().propositions().forEach(p -> {
            if (articles.stream().anyMatch(a -> a.on(p.id()).isPresent())) {
                out.append("| `").append(p.id()).append("` |");
                articles.forEach(a -> out.append(' ').append(a.on(p.id()).map(PositionVerdict::verdict)
                        .map(JustificationHtml::symbol).orElse("")).append(" |"));
                out.append('\n');
            }
        });
        out.append("| score |");
        articles.forEach(a -> out.append(' ').append(String.format(java.util.Locale.ROOT, "%+.2f", a.score())).append(" |"));
        out.append("\n\n");
    }

    private void scorecard(Scorecard s) {
        out.append("## Hindsight: the articles against what happened\n\n").append(text(ReportText.scorecardIntro(s)))
                .append("\n\n| # | Article | Brier | Scored | Held | Partly | Unresolved |\n|---|---|---|---|---|---|---|\n");
        int rank = 1;
        for (ArticleScore a : s.articles()) {
            out.append("| ").append(rank++).append(" | `").append(a.source()).append("` | ")
                    .append(ReportText.brier(a.brier())).append(" | ").append(a.scored()).append(" | ").append(a.held())
                    .append(" | ").append(a.partly()).append(" | ").append(a.unresolved()).append(" |\n");
        }
        out.append('\n').append(text(ReportText.BRIER_EXPLAINED)).append("\n\n");
        for (ArticleScore a : s.articles()) {
            out.append("### `").append(a.source()).append("`\n\n| Proposition | Stance | Confidence | P | Resolved | Held | Brier |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (ScoredPosition p : a.positions()) {
                out.append("| `").append(p.proposition()).append("` | ").append(p.stance()).append(" | ")
                        .append(p.confidence().label()).append(" | ").append(ReportText.probability(p.probability()))
                        .append(" | ").append(p.resolution() == null ? "—" : p.resolution().label() + " (" + text(p.on()) + ")")
                        .append(" | ").append(p.held() == null ? "—" : p.held() ? "yes" : "no").append(" | ")
                        .append(p.brier() == null ? "—" : String.format(java.util.Locale.ROOT, "%.4f", p.brier()))
                        .append(" |\n");
            }
            out.append('\n');
        }
        out.append("### Calibration\n\n| Confidence | P | Scored | Held | Rate |\n|---|---|---|---|---|\n");
        for (CalibrationBin b : s.calibration()) {
            out.append("| ").append(b.confidence().label()).append(" | ").append(ReportText.probability(b.probability()))
                    .append(" | ").append(b.scored()).append(" | ").append(b.held()).append(" | ")
                    .append(b.rate() == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", b.rate())).append(" |\n");
        }
        out.append("\n### Claim autopsy\n\n").append(s.count(AutopsyVerdict.FALSIFIED)).append(" falsified, ")
                .append(s.count(AutopsyVerdict.BORNE_OUT)).append(" borne out, ").append(s.count(AutopsyVerdict.UNTESTED))
                .append(" untested.\n\n");
        for (ClaimAutopsy c : s.autopsy()) {
            if (c.verdict() != AutopsyVerdict.UNTESTED) {
                out.append("- **").append(c.verdict().label()).append("** `").append(c.claim()).append("` (")
                        .append(c.source()).append(", ").append(c.confidence().label()).append(") `")
                        .append(c.reasoning().replace("`", "'")).append("`: ").append(text(c.reason())).append('\n');
            }
        }
        out.append('\n');
    }

    private void simulation() {
        out.append("## Simulation\n\n");
        if (report.simulationRun().isEmpty()) {
            out.append("No simulation was kept with this session (simulate, then report).\n\n");
            return;
        }
        KeptAnalysis<SimulationResult> run = report.simulationRun().get();
        if (!run.currentFor(report.inputs())) {
            out.append(text(ReportText.stale(run, report.inputs(), "simulation", "simulate"))).append("\n\n");
            return;
        }
        SimulationResult r = run.result();
        out.append(r.samples()).append(" sampled worlds, seed ").append(r.seed()).append(", ")
                .append(text(ReportText.ranOn(run))).append(". 95% Wilson intervals.\n\n")
                .append("| Outcome | SUPPORTED true | SUPPORTED false |\n|---|---|---|\n");
        for (SimulationResult.OutcomeDistribution o : r.outcomes()) {
            out.append("| `").append(o.proposition()).append("` | ").append(share(o, StatusValue.SUPPORTED_TRUE))
                    .append(" | ").append(share(o, StatusValue.SUPPORTED_FALSE)).append(" |\n");
        }
        out.append('\n');
    }

    private static String share(SimulationResult.OutcomeDistribution o, StatusValue sv) {
        return ReportText.percent(o.probability(sv)) + " [" + ReportText.percent(o.interval(sv).lower()) + ", "
                + ReportText.percent(o.interval(sv).upper()) + "]";
    }

    private void sensitivity() {
        out.append("## Sensitivity\n\n");
        if (report.sensitivityRun().isEmpty()) {
            out.append("No sensitivity analysis was kept with this session (sensitivity OUTCOME, then report).\n\n");
            return;
        }
        KeptAnalysis<SensitivityResult> run = report.sensitivityRun().get();
        if (!run.currentFor(report.inputs())) {
            out.append(text(ReportText.stale(run, report.inputs(), "sensitivity analysis",
                    "sensitivity " + run.result().target()))).append("\n\n");
            return;
        }
        SensitivityResult r = run.result();
        out.append("Effect of each driver on `").append(r.target()).append("` being supported, ").append(r.samples())
                .append(" worlds, seed ").append(r.seed()).append(", ").append(text(ReportText.ranOn(run))).append(".\n\n| Driver | Effect | 95% interval |\n|---|---|---|\n");
        for (SensitivityResult.DriverEffect d : r.drivers()) {
            out.append("| `").append(d.driver()).append("` | ").append(ReportText.signed(d.effect())).append(" | [")
                    .append(ReportText.signed(d.interval().lower())).append(", ")
                    .append(ReportText.signed(d.interval().upper())).append("] |\n");
        }
        out.append('\n');
    }

    /** Text with Markdown's active characters escaped. */
    static String text(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String cell(String s) {
        return text(s).replace("\n", " ");
    }
}
