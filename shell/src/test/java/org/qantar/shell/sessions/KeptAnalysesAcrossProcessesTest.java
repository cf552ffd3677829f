package org.qantar.shell.sessions;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Proposition;
import org.qantar.model.Session;
import org.qantar.model.session.SessionCodec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users run one-shot commands: a {@code simulate} in one process, a {@code report} in the next. The
 * simulation (and sensitivity) must reach the report through the autosaved working session, with
 * what it was run on; once the assumptions change in a third process, the report names it as stale.
 */
class KeptAnalysesAcrossProcessesTest {

    @TempDir
    Path home;

    @Test
    @Timeout(value = 540, unit = TimeUnit.SECONDS) // a guard against a hang, not a measurement
    void a_one_shot_simulate_reaches_a_later_one_shot_report() throws Exception {
        String outcome = QantarProcess.shippedIds(Proposition::isOutcome, 1).get(0);
        String driver = QantarProcess.shippedIds(Proposition::isDriver, 1).get(0);

        run("simulate", "--samples", "300", "--seed", "7");
        run("sensitivity", outcome, "--samples", "300");
        Session saved = SessionCodec.read(home.resolve("autosave.json"));
        Path first = home.resolve("first.html");
        run("report", "--out", first.toString());

        assertThat(saved.extras()).containsKey("analyses");
        assertThat(saved.extras().get("analyses").get("simulation").get("result").get("seed").asLong()).isEqualTo(7);
        Document page = Jsoup.parse(Files.readString(first));
        assertThat(page.select("section#simulation svg.chart")).hasSize(1);
        assertThat(page.select("section#sensitivity svg.chart")).hasSize(1);
        assertThat(page.getElementById("simulation").text()).contains("300 sampled worlds, seed 7")
                .contains("assumptions none");

        run("assume", driver);
        Path second = home.resolve("second.html");
        run("report", "--out", second.toString());

        Document stale = Jsoup.parse(Files.readString(second));
        assertThat(stale.select("section#simulation svg")).isEmpty();
        assertThat(stale.selectFirst("section#simulation p.stale").text()).contains("assumptions were none, now " + driver);
    }

    private void run(String... args) throws IOException, InterruptedException {
        Process p = QantarProcess.builder(home, args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .directory(home.toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("%s ended", String.join(" ", args)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join(" ", args) + ": " + err).isZero();
    }
}
