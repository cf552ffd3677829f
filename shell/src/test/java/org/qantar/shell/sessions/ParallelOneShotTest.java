package org.qantar.shell.sessions;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile tests 1a: six one-shot {@code assume} runs at once on one home lost 9 of 48 changes, each
 * exiting 0. Here six real processes (the application's main, one-shot) each assume a different
 * driver at the same moment; every change must be in the autosave afterwards.
 */
class ParallelOneShotTest {

    @TempDir
    Path home;

    @Test
    @Timeout(value = 540, unit = TimeUnit.SECONDS) // a guard against a hang, not a measurement
    void six_parallel_assume_runs_lose_nothing() throws Exception {
        List<String> drivers = QantarProcess.shippedIds(Proposition::isDriver, 6);
        assertThat(drivers).hasSize(6);

        List<Process> runs = new ArrayList<>();
        for (String driver : drivers) {
            runs.add(oneShot("assume", driver));
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Process p = runs.get(i);
            assertThat(p.waitFor(480, TimeUnit.SECONDS)).as("run %d ended", i).isTrue();
            if (p.exitValue() != 0) {
                failures.add(i + ": exit " + p.exitValue() + " "
                        + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip());
            }
        }

        assertThat(failures).isEmpty();
        Session autosave = SessionCodec.read(home.resolve("autosave.json"));
        assertThat(autosave.assumptions()).containsExactlyInAnyOrderElementsOf(drivers);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // a guard against a hang, not a measurement
    void a_change_that_cannot_be_autosaved_exits_1_with_one_plain_line() throws Exception {
        // given a home that is a file (hostile tests 3d, 3e: exit 0 and the change lost)
        Path file = home.resolve("home-is-a-file");
        Files.writeString(file, "I am a file");
        String driver = QantarProcess.shippedIds(Proposition::isDriver, 1).get(0);

        // when
        Process p = oneShot(file, "assume", driver);
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        // then
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err.lines()).as(err).hasSize(1);
        assertThat(err).startsWith("qantar: cannot autosave to ").endsWith("the change was not kept")
                .doesNotContain("Exception");
        assertThat(file).hasContent("I am a file");
    }

    private Process oneShot(String... args) throws IOException {
        return oneShot(home, args);
    }

    private Process oneShot(Path home, String... args) throws IOException {
        return QantarProcess.builder(home, args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
