package org.qantar.shell.commands;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Proposition;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** report through the dispatcher: the file, the analyses it picks up, never replacing without --force. */
class ReportCommandsTest extends ShellTestBase {

    @Test
    void theHtmlReportShowsTheSessionAndTheLatestSimulation(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.html");
        run("simulate --samples 500");

        Run r = run("report --out " + out);

        assertThat(r.status()).isZero();
        assertThat(r.output()).contains("report written to " + out).contains("simulation");
        Document page = Jsoup.parse(Files.readString(out));
        long outcomes = kb().propositions().stream().filter(Proposition::isOutcome).count();
        assertThat(page.select("table.outcomes tbody tr")).hasSize((int) outcomes);
        assertThat(page.select("section#simulation svg.chart")).hasSize(1);
        // The shipped resolutions are in force: the scorecard is in the report, as the scorecard command has it.
        assertThat(r.output()).contains("scorecard");
        assertThat(page.select("section#scorecard table.ranking tbody tr")).isNotEmpty();
    }

    @Test
    void aChangeOfAssumptionsMakesTheSimulationStale(@TempDir Path dir) throws Exception {
        run("simulate --samples 500");
        String driver = kb().propositions().stream().filter(Proposition::isDriver).findFirst().orElseThrow().id();
        run("assume " + driver);

        Run r = run("report --out " + dir.resolve("r.html"));

        assertThat(r.output()).contains("the kept simulation is stale").doesNotContain(", simulation");
        Document page = Jsoup.parse(Files.readString(dir.resolve("r.html")));
        assertThat(page.select("section#simulation svg")).isEmpty();
        assertThat(page.selectFirst("section#simulation p.stale").text()).contains("now " + driver);
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.html");
        Files.writeString(out, "keep me");

        Run refused = run("report --out " + out);
        String after = Files.readString(out);
        Run forced = run("report --out " + out + " --force");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.message()).contains("already exists").contains("--force").doesNotContain("\n");
        assertThat(after).isEqualTo("keep me");
        assertThat(forced.status()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void markdownWritesTheMapBesideIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("scenario.md");

        Run r = run("report --format md --out " + out);

        assertThat(r.status()).isZero();
        assertThat(Files.readString(out)).contains("](scenario-map.svg)");
        assertThat(Files.readString(dir.resolve("scenario-map.svg"))).contains("<svg");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run r = run("report --format pdf");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.message()).contains("html or md");
    }

    @Test
    void theDefaultFileNameCarriesTheSessionName() {
        assertThat(ReportCommands.safe("my scenario/1")).isEqualTo("my_scenario_1");
        assertThat(ReportCommands.safe(".hidden")).isEqualTo("untitled.hidden");
    }
}
