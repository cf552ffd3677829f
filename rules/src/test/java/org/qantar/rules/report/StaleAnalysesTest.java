package org.qantar.rules.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.rules.Engine;
import org.qantar.rules.ShippedEngine;
import org.qantar.rules.workbench.Workbench;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An analysis kept with the session but run on other inputs is named with what changed, not drawn. */
class StaleAnalysesTest {

    @Test
    void aChangedAssumptionMakesBothAnalysesStaleAndTheReportSaysWhy() {
        Engine engine = ShippedEngine.get();
        Workbench wb = ReportFixture.scenario(engine, true);
        String free = engine.knowledgeBase().propositions().stream().filter(Proposition::isDriver)
                .map(Proposition::id).filter(id -> wb.assumptions().stream().noneMatch(l -> l.proposition().equals(id)))
                .findFirst().orElseThrow();
        wb.assume(List.of(new Literal(free, true)));

        Report report = Report.of(wb, ReportFixture.WHEN);
        Document page = Jsoup.parse(HtmlReport.write(report));
        String md = MarkdownReport.write(report, "m.svg");

        assertThat(report.simulation()).isEmpty();
        assertThat(report.simulationRun()).isPresent();
        assertThat(page.select("section#simulation svg, section#sensitivity svg")).isEmpty();
        assertThat(page.selectFirst("section#simulation p.stale").text()).contains("no longer matches")
                .contains("assumptions were").contains(free).contains("run simulate again");
        assertThat(page.selectFirst("section#sensitivity p.stale").text()).contains("sensitivity "
                + report.sensitivityRun().orElseThrow().result().target());
        assertThat(md).contains("no longer matches").doesNotContain("sampled worlds, seed");

        wb.undo();
        Report current = Report.of(wb, ReportFixture.WHEN);
        assertThat(current.simulation()).isPresent();
        assertThat(Jsoup.parse(HtmlReport.write(current)).select("section#simulation svg.chart")).hasSize(1);
    }
}
