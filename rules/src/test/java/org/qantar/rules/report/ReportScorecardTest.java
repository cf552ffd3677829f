package org.qantar.rules.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.rules.Engine;
import org.qantar.rules.ShippedEngine;
import org.qantar.rules.hindsight.ArticleScore;
import org.qantar.rules.hindsight.AutopsyVerdict;
import org.qantar.rules.hindsight.Hindsight;
import org.qantar.rules.hindsight.ResolutionStore;
import org.qantar.rules.hindsight.ScoredPosition;
import org.qantar.rules.hindsight.Scorecard;
import org.qantar.rules.hindsight.ShippedResolutions;
import org.qantar.rules.workbench.Workbench;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard in the report: there, row for row as the scorecard command computes it, when
 * resolutions are in force; no section at all when none are.
 */
class ReportScorecardTest {

    private static Engine engine;

    @TempDir
    Path home;

    @BeforeAll
    static void load() {
        engine = ShippedEngine.get();
    }

    private Hindsight hindsight(Workbench wb, boolean shippedResolutions) {
        return new Hindsight(wb::knowledgeBase, kb -> shippedResolutions ? ShippedResolutions.load() : List.of(),
                new ResolutionStore(home.resolve("resolutions.json")));
    }

    @Test
    void withResolutionsTheHtmlHasARowPerArticleAndPositionAndTheAutopsy() {
        Workbench wb = ReportFixture.scenario(engine, false);
        Hindsight h = hindsight(wb, true);
        Scorecard expected = h.scorecard(org.qantar.rules.hindsight.ProbabilityMap.DEFAULT);
        assertThat(expected.resolutions()).as("the shipped resolutions apply to the shipped KB").isPositive();

        Report report = Report.of(wb, h, ReportFixture.WHEN);
        Document page = Jsoup.parse(HtmlReport.write(report));
        Element section = page.getElementById("scorecard");

        assertThat(section).isNotNull();
        assertThat(section.select("h2").text()).contains("Hindsight");
        List<Element> ranking = section.select("table.ranking tbody tr");
        assertThat(ranking).hasSize(expected.articles().size());
        for (int i = 0; i < expected.articles().size(); i++) {
            ArticleScore a = expected.articles().get(i);
            assertThat(ranking.get(i).selectFirst("th").text()).isEqualTo(a.source());
            assertThat(ranking.get(i).text()).contains(ReportText.brier(a.brier()));
            Element details = section.getElementById("score-" + a.source());
            assertThat(details).as(a.source()).isNotNull();
            assertThat(details.select("tr.position")).hasSize(a.positions().size());
            for (ScoredPosition p : a.positions()) {
                assertThat(details.text()).contains(p.proposition());
            }
        }
        assertThat(section.select("tr.calibration-bin")).hasSize(expected.calibration().size());
        long listed = expected.autopsy().stream().filter(c -> c.verdict() != AutopsyVerdict.UNTESTED).count();
        assertThat(section.select("li.autopsy-claim")).hasSize((int) listed);
        assertThat(section.text()).contains(expected.count(AutopsyVerdict.UNTESTED) + " untested");
        assertThat(page.select("section").eachAttr("id")).containsSubsequence("compare", "scorecard", "simulation");
    }

    @Test
    void withoutResolutionsThereIsNoScorecard() {
        Workbench wb = ReportFixture.scenario(engine, false);

        Report report = Report.of(wb, hindsight(wb, false), ReportFixture.WHEN);
        Document page = Jsoup.parse(HtmlReport.write(report));

        assertThat(report.scorecard()).isEmpty();
        assertThat(page.getElementById("scorecard")).isNull();
        assertThat(page.select("table.ranking, tr.position, li.autopsy-claim")).isEmpty();
        assertThat(MarkdownReport.write(report, "m.svg")).doesNotContain("Hindsight").doesNotContain("Brier");
    }

    @Test
    void theMarkdownHasTheSameRows() {
        Workbench wb = ReportFixture.scenario(engine, false);
        Hindsight h = hindsight(wb, true);
        Scorecard expected = h.scorecard(org.qantar.rules.hindsight.ProbabilityMap.DEFAULT);

        String md = MarkdownReport.write(Report.of(wb, h, ReportFixture.WHEN), "m.svg");

        assertThat(md).contains("## Hindsight: the articles against what happened");
        for (ArticleScore a : expected.articles()) {
            assertThat(md).contains("| `" + a.source() + "` | " + ReportText.brier(a.brier()) + " |");
            assertThat(md).contains("### `" + a.source() + "`");
        }
        assertThat(md).contains("### Calibration").contains("### Claim autopsy");
        long listed = expected.autopsy().stream().filter(c -> c.verdict() != AutopsyVerdict.UNTESTED).count();
        assertThat(md.lines().filter(l -> l.startsWith("- **falsified**") || l.startsWith("- **borne-out**")))
                .hasSize((int) listed);
    }
}
