package org.qantar.rules.report;

import org.qantar.rules.hindsight.ArticleScore;
import org.qantar.rules.hindsight.AutopsyVerdict;
import org.qantar.rules.hindsight.CalibrationBin;
import org.qantar.rules.hindsight.ClaimAutopsy;
import org.qantar.rules.hindsight.ScoredPosition;
import org.qantar.rules.hindsight.Scorecard;
import org.qantar.rules.markup.Tag;

import java.util.List;

/**
 * The report's hindsight section, the HTML twin of the shell's {@code scorecard}: the articles ranked
 * by Brier score, each article's positions against what happened (collapsible), the calibration of
 * the confidence levels, and the claim autopsy (falsified and borne-out claims listed, untested counted).
 */
final class ScorecardHtml {

    private ScorecardHtml() {
    }

    static Tag section(Scorecard s) {
        Tag section = HtmlReport.section("scorecard", "Hindsight: the articles against what happened");
        section.add(Tag.of("p").text(ReportText.scorecardIntro(s)));
        Tag head = Tag.of("tr").add(th("#"), th("Article"), th("Brier"), th("Scored"), th("Held"), th("Partly"),
                th("Unresolved"));
        Tag body = Tag.of("tbody");
        int rank = 1;
        for (ArticleScore a : s.articles()) {
            body.add(Tag.of("tr").attr("class", "article-score").add(Tag.of("td").text(Integer.toString(rank++)),
                    Tag.of("th").attr("scope", "row").add(Tag.of("code").text(a.source())),
                    Tag.of("td").text(ReportText.brier(a.brier())), Tag.of("td").text(Integer.toString(a.scored())),
                    Tag.of("td").text(Integer.toString(a.held())), Tag.of("td").text(Integer.toString(a.partly())),
                    Tag.of("td").text(Integer.toString(a.unresolved()))));
        }
        section.add(scroll(Tag.of("table").attr("class", "ranking").add(Tag.of("thead").add(head), body)));
        section.add(Tag.of("p").text(ReportText.BRIER_EXPLAINED));
        for (ArticleScore a : s.articles()) {
            section.add(positions(a));
        }
        section.add(Tag.of("h3").text("Calibration"));
        section.add(Tag.of("p").text("All articles together: how often the stances at each confidence level held, "
                + "against the probability the level stands for."));
        section.add(calibration(s.calibration()));
        section.add(Tag.of("h3").text("Claim autopsy"));
        section.add(Tag.of("p").text(s.count(AutopsyVerdict.FALSIFIED) + " falsified, "
                + s.count(AutopsyVerdict.BORNE_OUT) + " borne out, " + s.count(AutopsyVerdict.UNTESTED)
                + " untested (a premise or the conclusion unresolved, a premise failed, or an exception held)."));
        for (AutopsyVerdict v : List.of(AutopsyVerdict.FALSIFIED, AutopsyVerdict.BORNE_OUT)) {
            List<ClaimAutopsy> some = s.autopsy().stream().filter(c -> c.verdict() == v).toList();
            if (some.isEmpty()) {
                continue;
            }
            Tag ul = Tag.of("ul").attr("class", "autopsy " + v.label());
            for (ClaimAutopsy c : some) {
                ul.add(Tag.of("li").attr("class", "autopsy-claim").add(Tag.of("code").text(c.claim()))
                        .text(" (" + c.source() + ", " + c.confidence().label() + ") ")
                        .add(Tag.of("code").text(c.reasoning())).text(": " + c.reason()));
            }
            section.add(Tag.of("h4").text(v == AutopsyVerdict.FALSIFIED ? "Falsified" : "Borne out"), ul);
        }
        return section;
    }

    private static Tag positions(ArticleScore a) {
        Tag details = Tag.of("details").attr("class", "article-positions").attr("id", "score-" + a.source());
        details.add(Tag.of("summary").add(Tag.of("code").text(a.source()))
                .text(": Brier " + ReportText.brier(a.brier()) + ", " + a.held() + " of " + a.scored() + " held"));
        Tag head = Tag.of("tr").add(th("Proposition"), th("Stance"), th("Confidence"), th("P"), th("Resolved"),
                th("Held"), th("Brier"));
        Tag body = Tag.of("tbody");
        for (ScoredPosition p : a.positions()) {
            body.add(Tag.of("tr").attr("class", "position").add(
                    Tag.of("th").attr("scope", "row").add(HtmlReport.id(p.proposition())),
                    Tag.of("td").text(Boolean.toString(p.stance())), Tag.of("td").text(p.confidence().label()),
                    Tag.of("td").text(ReportText.probability(p.probability())),
                    Tag.of("td").text(p.resolution() == null ? "—" : p.resolution().label() + " (" + p.on() + ")"),
                    Tag.of("td").text(p.held() == null ? "—" : p.held() ? "✓ yes" : "✗ no"),
                    Tag.of("td").text(p.brier() == null ? "—" : String.format(java.util.Locale.ROOT, "%.4f", p.brier()))));
        }
        return details.add(scroll(Tag.of("table").attr("class", "positions").add(Tag.of("thead").add(head), body)));
    }

    private static Tag calibration(List<CalibrationBin> bins) {
        Tag head = Tag.of("tr").add(th("Confidence"), th("P"), th("Scored"), th("Held"), th("Rate"));
        Tag body = Tag.of("tbody");
        for (CalibrationBin b : bins) {
            body.add(Tag.of("tr").attr("class", "calibration-bin").add(
                    Tag.of("th").attr("scope", "row").text(b.confidence().label()),
                    Tag.of("td").text(ReportText.probability(b.probability())),
                    Tag.of("td").text(Integer.toString(b.scored())), Tag.of("td").text(Integer.toString(b.held())),
                    Tag.of("td").text(b.rate() == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", b.rate()))));
        }
        return scroll(Tag.of("table").attr("class", "calibration").add(Tag.of("thead").add(head), body));
    }

    private static Tag scroll(Tag table) {
        return Tag.of("div").attr("class", "scroll").attr("tabindex", "0").add(table);
    }

    private static Tag th(String text) {
        return Tag.of("th").attr("scope", "col").text(text);
    }
}
