package org.qantar.rules.report;

import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.Source;
import org.qantar.rules.Justification;
import org.qantar.rules.Justification.ClaimNode;
import org.qantar.rules.Justification.PremiseNode;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.compare.ArticleComparison;
import org.qantar.rules.analysis.SensitivityResult;
import org.qantar.rules.analysis.SimulationResult;
import org.qantar.rules.compare.PositionVerdict;
import org.qantar.rules.map.svg.LayoutCache;
import org.qantar.rules.map.svg.SvgMapWriter;
import org.qantar.rules.markup.Tag;
import org.qantar.rules.workbench.KeptAnalysis;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report as one self-contained HTML page: no script or stylesheet from elsewhere, no font or
 * image to fetch; the map and the charts are inline SVG. It reads at phone width (tables and the
 * map scroll sideways inside their own box), prints (a print stylesheet opens every justification),
 * and is accessible: one {@code h1}, a heading per section, table headers with scope, a title and
 * description in every picture.
 */
public final class HtmlReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Report report;
    private final LayoutCache layouts;

    private HtmlReport(Report report, LayoutCache layouts) {
        this.report = report;
        this.layouts = layouts;
    }

    public static String write(Report report) {
        return write(report, LayoutCache.NONE);
    }

    /** The page, the map's layout read from {@code layouts} when the same graph was drawn before. */
    public static String write(Report report, LayoutCache layouts) {
        return "<!DOCTYPE html>\n" + new HtmlReport(report, layouts).page().render() + "\n";
    }

    private Tag page() {
        Tag head = Tag.of("head").add(
                Tag.of("meta").attr("charset", "utf-8"),
                Tag.of("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"),
                Tag.of("meta").attr("name", "generator").attr("content", "Qantar"),
                Tag.of("title").text("Qantar report: " + report.name()),
                Tag.of("style").text(ReportStyle.CSS));
        Tag main = Tag.of("main").add(
                Tag.of("h1").text("Scenario “" + report.name() + "”"),
                Tag.of("p").attr("class", "meta").text("Qantar report, " + WHEN.format(report.generated())
                        + " · knowledge base " + shortFingerprint() + " · " + report.kb().sources().size()
                        + " sources, " + report.kb().propositions().size() + " propositions, "
                        + report.kb().claims().size() + " claims"),
                scenario(), outcomes(), map(), justifications(), comparison());
        report.scorecard().ifPresent(s -> main.add(ScorecardHtml.section(s)));
        main.add(simulation(), sensitivity(), sources());
        // Printing opens every justification: a closed <details> would print as its summary alone.
        Tag script = Tag.of("script").text(
                "window.addEventListener('beforeprint',function(){document.querySelectorAll('details')"
                        + ".forEach(function(d){d.open=true;});});");
        return Tag.of("html").attr("lang", "en").add(head, Tag.of("body").add(main, script));
    }

    // ---------------------------------------------------------------- scenario

    private Tag scenario() {
        Tag s = section("scenario", "The scenario");
        if (!report.note().isBlank()) {
            s.add(Tag.of("p").attr("class", "note").text(report.note()));
        }
        Tag dl = Tag.of("dl");
        dl.add(Tag.of("dt").text("Assumptions"), Tag.of("dd").add(assumptions()));
        List<Literal> counterfactuals = report.counterfactuals();
        dl.add(Tag.of("dt").text("Counterfactuals"), Tag.of("dd").text(counterfactuals.isEmpty()
                ? "none: nothing assumed against the record"
                : String.join(", ", counterfactuals.stream().map(Literal::toString).toList())));
        dl.add(Tag.of("dt").text("Lens"), Tag.of("dd").text(report.lens().isEmpty()
                ? "every source counts" : "only " + String.join(", ", report.lens()) + " count"));
        dl.add(Tag.of("dt").text("Confidence floor"), Tag.of("dd").text(ReportText.floor(report)));
        dl.add(Tag.of("dt").text("Record"), Tag.of("dd").text(report.record()
                ? "on: facts hold at their recorded values unless assumed otherwise" : "off: facts are open"));
        dl.add(Tag.of("dt").text("Priors"), Tag.of("dd").add(priors()));
        return s.add(dl);
    }

    private Tag assumptions() {
        if (report.assumptions().isEmpty() && report.unknownAssumptions().isEmpty()) {
            return Tag.of("span").text("none: the sources' reasoning from the record alone");
        }
        Tag ul = Tag.of("ul");
        for (Literal l : report.assumptions()) {
            ul.add(Tag.of("li").add(Tag.of("code").text(l.toString()))
                    .text(" — " + (l.value() ? "" : "not: ") + report.statement(l.proposition())));
        }
        for (String unknown : report.unknownAssumptions()) {
            ul.add(Tag.of("li").add(Tag.of("code").text(unknown)).text(" — not in this knowledge base (kept)"));
        }
        return ul;
    }

    private Tag priors() {
        if (report.priors().isEmpty()) {
            return Tag.of("span").text("none set: every driver counts as 0.5");
        }
        Tag ul = Tag.of("ul");
        for (Map.Entry<String, Prior> e : new java.util.TreeMap<>(report.priors()).entrySet()) {
            ul.add(Tag.of("li").add(Tag.of("code").text(e.getKey())).text(" " + ReportText.prior(e.getValue())));
        }
        return ul;
    }

    // ---------------------------------------------------------------- outcomes

    private Tag outcomes() {
        Tag s = section("outcomes", "Outcomes");
        s.add(Tag.of("p").text("Where each outcome stands under the scenario. ◆ assumed, ■ on the record, "
                + "● supported (strength: the firmest confidence at which it holds), ◐ plausible, "
                + "⇅ contested, ○ open."));
        Tag table = Tag.of("table").attr("class", "outcomes");
        table.add(Tag.of("thead").add(Tag.of("tr").add(th("Outcome"), th("Statement"), th("Status"),
                th("Value"), th("Strength"))));
        Tag body = Tag.of("tbody");
        for (PropositionStatus o : report.outcomes()) {
            body.add(Tag.of("tr").attr("class", "status-" + o.status().name().toLowerCase()).add(
                    Tag.of("th").attr("scope", "row").add(Tag.of("a").attr("href", "#why-" + o.id())
                            .add(id(o.id()))),
                    Tag.of("td").text(report.statement(o.id())),
                    Tag.of("td").attr("class", "status").text(ReportText.status(o).split(" ")[0] + " " + o.status().name()),
                    Tag.of("td").text(o.value() == null ? "—" : o.value().toString()),
                    Tag.of("td").text(o.strength() == null ? "—" : o.strength().label())));
        }
        // In its own scrolling box: at phone width the table scrolls, not the page.
        return s.add(Tag.of("div").attr("class", "scroll").attr("tabindex", "0").add(table.add(body)));
    }

    // ---------------------------------------------------------------- map

    private Tag map() {
        Tag s = section("map", "The argument map");
        s.add(Tag.of("p").text("Propositions are boxes, claims the small rounded boxes between them; drivers "
                + "on the left, what follows on the right. A status shows as a glyph, a border and a colour "
                + "(key under the map). Hover over a node for its statement or quote. The map scrolls in its box; "
                + "the check box above it fits it to the page (on a phone: shows it at full size)."));
        Tag figure = Tag.of("figure").attr("class", "map");
        figure.add(Tag.of("label").attr("class", "fit").add(Tag.of("input").attr("type", "checkbox")
                .attr("class", "fit")).text(" ").add(Tag.of("span").attr("class", "wide")
                .text("Fit the map to the page width"), Tag.of("span").attr("class", "narrow")
                .text("Show the map at full size (then scroll it)")));
        figure.add(Tag.of("div").attr("class", "scroll").attr("tabindex", "0")
                .attr("aria-label", "argument map, scrollable").markup(Tag.Markup.of(SvgMapWriter.svg(report.map(), layouts))));
        figure.add(Tag.of("figcaption").text(report.map().propositions().size() + " propositions and "
                + report.map().claims().size() + " counted claims."));
        return s.add(figure);
    }

    // ---------------------------------------------------------------- why

    private Tag justifications() {
        Tag s = section("why", "Why each outcome stands where it does");
        s.add(Tag.of("p").text("Open an outcome to see the claims behind it, each with its article's own words, "
                + "down to the assumptions and the record."));
        for (Justification j : report.justifications()) {
            s.add(JustificationHtml.details(j, report));
        }
        return s;
    }

    // ---------------------------------------------------------------- comparison

    private Tag comparison() {
        Tag s = section("compare", "The articles against the scenario");
        List<ArticleComparison> articles = report.comparison().articles();
        s.add(Tag.of("p").text("Each article's positions against the current statuses: ✓ agrees, ✗ disagrees, "
                + "~ contested, ✓? ✗? plausible, ✓= ✗= you assumed it, · open, blank: no position. Closest: "
                + (report.comparison().closest() == null ? "none" : report.comparison().closest()) + "."));
        Set<String> propositions = new LinkedHashSet<>();
        report.kb().propositions().forEach(p -> {
            if (articles.stream().anyMatch(a -> a.on(p.id()).isPresent())) {
                propositions.add(p.id());
            }
        });
        Tag head = Tag.of("tr").add(th("Proposition"));
        articles.forEach(a -> head.add(th(a.source())));
        Tag body = Tag.of("tbody");
        for (String p : propositions) {
            Tag tr = Tag.of("tr").add(Tag.of("th").attr("scope", "row").add(id(p)));
            for (ArticleComparison a : articles) {
                tr.add(Tag.of("td").attr("class", "verdict").text(a.on(p).map(PositionVerdict::verdict)
                        .map(JustificationHtml::symbol).orElse("")));
            }
            body.add(tr);
        }
        Tag score = Tag.of("tr").add(Tag.of("th").attr("scope", "row").text("score"));
        articles.forEach(a -> score.add(Tag.of("td").text(String.format(java.util.Locale.ROOT, "%+.2f", a.score()))));
        body.add(score);
        return s.add(Tag.of("div").attr("class", "scroll").attr("tabindex", "0")
                .add(Tag.of("table").attr("class", "matrix").add(Tag.of("thead").add(head), body)));
    }

    // ---------------------------------------------------------------- analyses

    private Tag simulation() {
        Tag s = section("simulation", "Simulation");
        if (report.simulationRun().isEmpty()) {
            return s.add(Tag.of("p").text("No simulation was kept with this session (simulate, then report)."));
        }
        KeptAnalysis<SimulationResult> run = report.simulationRun().get();
        if (!run.currentFor(report.inputs())) {
            return s.add(Tag.of("p").attr("class", "stale").text(ReportText.stale(run, report.inputs(), "simulation",
                    "simulate")));
        }
        SimulationResult r = run.result();
        return s.add(Tag.of("figure").add(Tag.of("div").attr("class", "scroll").attr("tabindex", "0")
                .add(Charts.simulation(r)), Tag.of("figcaption").text(
                "How often each outcome came out SUPPORTED true and false over the free drivers, with 95% intervals: "
                        + r.samples() + " sampled worlds, seed " + r.seed() + ", " + ReportText.ranOn(run) + ".")));
    }

    private Tag sensitivity() {
        Tag s = section("sensitivity", "Sensitivity");
        if (report.sensitivityRun().isEmpty()) {
            return s.add(Tag.of("p").text("No sensitivity analysis was kept with this session (sensitivity OUTCOME, "
                    + "then report)."));
        }
        KeptAnalysis<SensitivityResult> run = report.sensitivityRun().get();
        if (!run.currentFor(report.inputs())) {
            return s.add(Tag.of("p").attr("class", "stale").text(ReportText.stale(run, report.inputs(),
                    "sensitivity analysis", "sensitivity " + run.result().target())));
        }
        SensitivityResult r = run.result();
        return s.add(Tag.of("figure").add(Tag.of("div").attr("class", "scroll").attr("tabindex", "0")
                .add(Charts.tornado(r)), Tag.of("figcaption").text(
                "Which drivers move " + r.target() + " most (a tornado chart): " + r.samples() + " worlds, seed "
                        + r.seed() + ", " + ReportText.ranOn(run) + ".")));
    }

    // ---------------------------------------------------------------- sources

    private Tag sources() {
        Tag s = section("sources", "The articles");
        Tag ol = Tag.of("ul");
        for (Source src : report.kb().sources()) {
            Tag li = Tag.of("li").attr("id", "source-" + src.id()).add(Tag.of("code").text(src.id()))
                    .text(": " + ReportText.reference(src));
            if (src.url() != null) {
                li.text(" ").add(Tag.of("a").attr("href", src.url()).text(src.url()));
            }
            if (src.isReprint()) {
                li.text(" (a reprint of " + src.reprintOf() + ", never counted twice)");
            }
            ol.add(li);
        }
        return s.add(ol);
    }

    // ---------------------------------------------------------------- helpers

    private String shortFingerprint() {
        String f = report.kb().fingerprint();
        return f == null || f.length() < 12 ? String.valueOf(f) : f.substring(0, 12);
    }

    /**
     * An id as code that may break after its underscores, and only there: a long id wraps in a
     * narrow table column instead of widening it, and never mid-word.
     */
    static Tag id(String id) {
        Tag code = Tag.of("code");
        String[] parts = id.split("(?<=_)");
        for (int i = 0; i < parts.length; i++) {
            code.text(parts[i]);
            if (i < parts.length - 1) {
                code.add(Tag.of("wbr"));
            }
        }
        return code;
    }

    static Tag section(String id, String heading) {
        return Tag.of("section").attr("id", id).attr("aria-labelledby", id + "-h")
                .add(Tag.of("h2").attr("id", id + "-h").text(heading));
    }

    private static Tag th(String text) {
        return Tag.of("th").attr("scope", "col").text(text);
    }
}
