package org.qantar.rules.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantar.rules.Engine;
import org.qantar.rules.PropositionStatus;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML report of a real scenario, read back with a real HTML parser (and its SVG with an XML parser). */
class HtmlReportTest {

    private static Report report;
    private static String html;
    private static Document page;

    @BeforeAll
    static void write() {
        report = ReportFixture.report(Engine.load(), true);
        html = HtmlReport.write(report);
        page = Jsoup.parse(html);
    }

    @Test
    void everyOutcomeHasARowAndAJustification() {
        for (PropositionStatus o : report.outcomes()) {
            Element row = page.selectFirst("table.outcomes a[href=#why-" + o.id() + "]");
            assertThat(row).as(o.id()).isNotNull();
            Element why = page.getElementById("why-" + o.id());
            assertThat(why).as(o.id()).isNotNull();
            assertThat(why.tagName()).isEqualTo("details");
            assertThat(why.selectFirst("summary").text()).contains(o.id()).contains(o.status().name());
        }
        assertThat(page.select("table.outcomes tbody tr")).hasSize(report.outcomes().size());
    }

    @Test
    void theMapShowsEveryPropositionAndCountedClaimOnce() {
        Element svg = page.selectFirst("section#map svg.argument-map");

        assertThat(svg).isNotNull();
        assertThat(svg.select("g.proposition")).hasSize(report.map().propositions().size());
        assertThat(svg.select("g.claim")).hasSize(report.map().claims().size());
        assertThat(svg.select("g.edge")).hasSize(report.map().edges().size());
    }

    @Test
    void everyInlinePictureIsWellFormedXml() throws Exception {
        for (Element svg : page.select("svg")) {
            String xml = svg.outerHtml();
            org.jsoup.nodes.Document asXml = Jsoup.parse(xml, "", Parser.xmlParser());
            String serialised = asXml.outerHtml();
            var builder = DocumentBuilderFactory.newInstance();
            builder.setNamespaceAware(true);
            var doc = builder.newDocumentBuilder().parse(new ByteArrayInputStream(
                    serialised.getBytes(StandardCharsets.UTF_8)));
            NodeList titles = doc.getElementsByTagName("title");
            assertThat(titles.getLength()).as("an accessible title").isPositive();
        }
        assertThat(page.select("svg")).hasSize(3);
    }

    @Test
    void theChartsHaveABarPairPerOutcomeAndABarPerDriver() {
        Element sim = page.selectFirst("section#simulation svg.chart");
        Element tornado = page.selectFirst("section#sensitivity svg.chart");

        assertThat(sim.select("rect.bar")).hasSize(2 * report.simulation().orElseThrow().outcomes().size());
        assertThat(sim.select("path.interval")).hasSize(2 * report.simulation().orElseThrow().outcomes().size());
        assertThat(tornado.select("rect.bar")).hasSize(report.sensitivity().orElseThrow().drivers().size());
    }

    @Test
    void nothingIsFetchedFromElsewhere() {
        assertThat(page.select("script[src], link, img, iframe, object, embed, audio, video")).isEmpty();
        assertThat(page.select("[style*=url(http]")).isEmpty();
        assertThat(html).doesNotContain("@import").doesNotContain("src=\"http");
    }

    @Test
    void theScenarioIsStatedWithItsNoteEscaped() {
        Element scenario = page.getElementById("scenario");

        assertThat(page.selectFirst("h1").text()).contains("test-scenario");
        assertThat(scenario.selectFirst(".note").text()).isEqualTo("A note with <markup> & \"quotes\".");
        for (var l : report.assumptions()) {
            assertThat(scenario.text()).contains(l.toString());
        }
        assertThat(scenario.text()).contains("Lens").contains("Confidence floor").contains("Priors")
                .contains("Counterfactuals").contains("0.3");
    }

    @Test
    void aConfidenceFloorIsStated() {
        var wb = ReportFixture.scenario(Engine.load(), false);
        wb.setMinConfidence(org.qantar.model.Confidence.LIKELY);

        Document d = Jsoup.parse(HtmlReport.write(Report.of(wb, ReportFixture.WHEN)));

        assertThat(d.getElementById("scenario").text()).contains("likely: only claims at least this confident count");
        assertThat(page.getElementById("scenario").text()).contains("possible: claims of every confidence count");
    }

    @Test
    void itIsAccessibleAndReadsOnAPhone() {
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
        for (Element section : page.select("section")) {
            assertThat(section.selectFirst("h2")).as(section.id()).isNotNull();
        }
        for (Element th : page.select("thead th")) {
            assertThat(th.attr("scope")).isEqualTo("col");
        }
        for (Element svg : page.select("svg")) {
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.attr("aria-labelledby")).isNotBlank();
        }
        assertThat(page.selectFirst("style").data()).contains("@media print").contains("@media (max-width");
    }

    @Test
    void quotesCarryTheirArticleReference() {
        Element quote = page.selectFirst("section#why blockquote");

        assertThat(quote).isNotNull();
        assertThat(quote.selectFirst("cite").text()).isNotBlank();
    }

    @Test
    void withoutAnalysesTheReportSaysSoInsteadOfDrawing() {
        String bare = HtmlReport.write(ReportFixture.report(Engine.load(), false));
        Document d = Jsoup.parse(bare);

        assertThat(d.select("svg")).hasSize(1);
        assertThat(d.getElementById("simulation").text()).contains("No simulation");
    }
}
