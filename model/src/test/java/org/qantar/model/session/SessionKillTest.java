package org.qantar.model.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault injection: a child JVM saves sessions in a loop to one name and is killed with SIGKILL at a
 * random moment, again and again. After every kill the file parses and is exactly one of the
 * sessions that were being saved: the old one or the new one, never a torn mixture.
 */
class SessionKillTest {

    private static final long SEED = 77;
    private static final int KILLS = 50;
    private static final String NAME = "contested";
    private static final Pattern HEADER = Pattern.compile("run (\\d+) save (\\d+)");

    @TempDir
    Path root;

    @Test
    void aKillAtAnyMomentLeavesTheOldOrTheNewFileWhole() throws Exception {
        Random random = new Random(SEED);
        SessionStore store = new SessionStore(root);
        int lastRun = -1;
        for (int run = 0; run < KILLS; run++) {
            // given a child saving different sessions to one name
            Process child = startSaveLoop(run);
            // (one run in five is killed at any moment from its start, perhaps before its first save)
            boolean anyMoment = run > 0 && random.nextInt(5) == 0;
            try {
                if (anyMoment) {
                    Thread.sleep(random.nextInt(600));
                } else {
                    awaitReady(child, run);
                }
                // when it is killed at a random moment
                Thread.sleep(random.nextInt(40));
            } finally {
                child.destroyForcibly();
                child.waitFor();
            }
            // then the file parses and equals one of the sessions that were being saved
            Session onDisk = store.load(NAME);
            Matcher header = HEADER.matcher(onDisk.note().lines().findFirst().orElse(""));
            assertThat(header.matches()).as("header of the note after kill %d", run).isTrue();
            long writtenBy = Long.parseLong(header.group(1));
            int save = Integer.parseInt(header.group(2));
            if (anyMoment) {
                assertThat(writtenBy).as("run that wrote the file after kill %d", run).isBetween(0L, (long) run);
            } else {
                assertThat(writtenBy).as("run that wrote the file after kill %d", run).isEqualTo(run);
            }
            assertThat(onDisk).as("file after kill %d (run %d, save %d)", run, writtenBy, save)
                    .isEqualTo(SessionSaveLoop.session(writtenBy, save, NAME));
            // and temporary files a kill left behind are not listed as sessions
            assertThat(store.list()).extracting(SessionSummary::name).containsExactly(NAME);
            lastRun = run;
        }
        assertThat(lastRun).isEqualTo(KILLS - 1);
        removesTheRemnantsOfKilledWritersOnTheNextSave(store);
    }

    private void removesTheRemnantsOfKilledWritersOnTheNextSave(SessionStore store) throws IOException {
        List<Path> remnants = temporaryFiles();
        for (Path remnant : remnants) {
            Files.setLastModifiedTime(remnant, FileTime.from(Instant.now().minus(SessionStore.STALE_AFTER).minusSeconds(1)));
        }
        store.save(store.load(NAME));
        assertThat(temporaryFiles()).isEmpty();
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(AtomicFiles::isTemporary).toList();
        }
    }

    private Process startSaveLoop(int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                SessionSaveLoop.class.getName(), root.toString(), NAME, String.valueOf(run))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void awaitReady(Process child, int run) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("child %d announces its first save (exit %s)", run,
                child.isAlive() ? "none yet" : child.exitValue()).isEqualTo("ready");
    }
}
