package org.qantar.shell.history;

import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** JLine keeps the lines, {@link HistoryFile} the file: JLine itself never opens it. */
class QantarHistoryTest {

    @TempDir
    Path dir;

    private Terminal terminal;

    @BeforeEach
    void terminal() throws IOException {
        // A plain dumb terminal on memory streams: no pty, so no pump thread to complain when closed.
        terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() throws IOException {
        terminal.close();
    }

    private LineReader reader(Path historyFile) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        if (historyFile != null) {
            reader.setVariable(LineReader.HISTORY_FILE, historyFile);
        }
        return reader;
    }

    private static List<String> lines(QantarHistory history) {
        List<String> lines = new ArrayList<>();
        history.forEach(e -> lines.add(e.line()));
        return lines;
    }

    @Test
    void the_file_is_loaded_and_each_accepted_line_appended_at_once() throws IOException {
        Path file = dir.resolve("history");
        Files.writeString(file, "1:status\n2:why x\n");
        QantarHistory history = new QantarHistory(Clock.systemUTC());

        history.attach(reader(file));
        history.add(Instant.ofEpochMilli(3), "assume y");
        history.add(Instant.ofEpochMilli(4), "assume y"); // a repeated line is JLine's to drop

        assertThat(lines(history)).containsExactly("status", "why x", "assume y");
        assertThat(Files.readAllLines(file)).containsExactly("1:status", "2:why x", "3:assume y");
    }

    @Test
    void a_bad_file_never_reaches_jline_and_is_said_in_one_line() throws IOException {
        Path file = dir.resolve("history");
        Files.write(file, new byte[]{'a', '\n', (byte) 0xff, '\n'});
        QantarHistory history = new QantarHistory(Clock.systemUTC());
        LineReader reader = reader(file);

        history.attach(reader);
        history.save();

        assertThat(lines(history)).isEmpty();
        assertThat(history.takeNotices()).hasSize(1);
        assertThat(reader.getVariable(LineReader.HISTORY_FILE)).isNull();
    }

    @Test
    void without_a_history_file_nothing_touches_the_disk() throws IOException {
        QantarHistory history = new QantarHistory(Clock.systemUTC());

        history.attach(reader(null));
        history.add(Instant.ofEpochMilli(1), "status");

        assertThat(lines(history)).containsExactly("status");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
