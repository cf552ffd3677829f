package org.qantar.shell.sessions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Proposition;
import org.qantar.model.Session;
import org.qantar.model.session.SessionCodec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile tests 1e and newcomer #3, with two real processes: an interactive shell is open on a home
 * when a one-shot {@code assume} changes the working session there. The shell's next change must
 * say so (the "replaced" notice) and keep the one-shot's version beside the autosave, instead of
 * overwriting it without a word.
 */
class ReplacedNoticeProcessTest {

    @TempDir
    Path home;

    @Test
    @Timeout(value = 540, unit = TimeUnit.SECONDS) // a guard against a hang, not a measurement
    void an_open_shell_says_it_replaces_a_change_another_qantar_made_and_keeps_that_version() throws Exception {
        List<String> drivers = QantarProcess.shippedIds(Proposition::isDriver, 2);
        String byOneShot = drivers.get(0);
        String byShell = drivers.get(1);

        // the shell is up: it printed its prompt, so it has read the (missing) autosave
        Process shell = qantar();
        Output out = Output.of(shell.getInputStream());
        Output err = Output.of(shell.getErrorStream());
        assertThat(out.await("assumed", 480)).as("the shell's prompt; stderr: %s", err).isTrue();

        // another qantar changes the working session meanwhile
        Process oneShot = qantar("assume", byOneShot);
        assertThat(oneShot.waitFor(480, TimeUnit.SECONDS)).isTrue();
        assertThat(oneShot.exitValue()).isZero();

        // the shell's next change
        OutputStream in = shell.getOutputStream();
        in.write(("assume " + byShell + "\nexit\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        assertThat(shell.waitFor(480, TimeUnit.SECONDS)).isTrue();
        out.join();
        err.join();

        assertThat(err.text()).contains("another qantar changed the working session since this one read it;"
                + " kept that version as ");
        List<Path> kept;
        try (Stream<Path> files = Files.list(home)) {
            kept = files.filter(f -> f.getFileName().toString().startsWith("autosave.replaced-")).toList();
        }
        assertThat(kept).hasSize(1);
        assertThat(SessionCodec.read(kept.get(0)).assumptions()).containsExactly(byOneShot);
        Session autosave = SessionCodec.read(home.resolve("autosave.json"));
        assertThat(autosave.assumptions()).containsExactly(byShell);
    }

    private Process qantar(String... args) throws IOException {
        ProcessBuilder builder = QantarProcess.builder(home, args);
        if (args.length > 0) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        return builder.start();
    }

    /** A process's output, read on a thread of its own as it comes. */
    private static final class Output extends Thread {
        private final InputStream stream;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        private Output(InputStream stream) {
            this.stream = stream;
            setDaemon(true);
        }

        static Output of(InputStream stream) {
            Output o = new Output(stream);
            o.start();
            return o;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = stream.read(buffer)) > 0; ) {
                    synchronized (bytes) {
                        bytes.write(buffer, 0, n);
                        bytes.notifyAll();
                    }
                }
            } catch (IOException ended) {
                // the process is gone
            }
            synchronized (bytes) {
                bytes.notifyAll();
            }
        }

        boolean await(String text, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            synchronized (bytes) {
                while (!text().contains(text) && isAlive()) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        return false;
                    }
                    bytes.wait(left);
                }
                return text().contains(text);
            }
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
