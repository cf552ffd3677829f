package org.qantar.shell.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history file never stops, hangs or slows the shell, and never writes outside its directory:
 * each hostile file of the hostile-test report (invalid UTF-8, a directory, a FIFO, a dangling
 * link, a million lines, an unwritable home) is set aside or ignored with one notice.
 */
class HistoryFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T04:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path history() {
        return dir.resolve("home").resolve("history");
    }

    private HistoryFile file() throws IOException {
        Files.createDirectories(history().getParent());
        return new HistoryFile(history(), CLOCK);
    }

    private List<Path> asideFiles() throws IOException {
        try (Stream<Path> files = Files.list(history().getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith("history.unusable-")).toList();
        }
    }

    @Test
    void lines_written_are_read_back_escapes_included() throws IOException {
        HistoryFile file = file();
        file.append(new HistoryFile.Entry(Instant.ofEpochMilli(1000), "assume a"));
        file.append(new HistoryFile.Entry(Instant.ofEpochMilli(2000), "note two\nlines \\ here"));

        List<HistoryFile.Entry> read = new HistoryFile(history(), CLOCK).load();

        assertThat(read).containsExactly(new HistoryFile.Entry(Instant.ofEpochMilli(1000), "assume a"),
                new HistoryFile.Entry(Instant.ofEpochMilli(2000), "note two\nlines \\ here"));
        assertThat(file.takeNotices()).isEmpty();
    }

    @Test
    void a_line_without_a_time_stamp_is_read_as_it_is() throws IOException {
        HistoryFile file = file();
        Files.writeString(history(), "status\n1700000000000:why x\n");

        assertThat(file.load()).extracting(HistoryFile.Entry::line).containsExactly("status", "why x");
    }

    @Test
    void invalid_utf8_is_set_aside_unchanged_with_one_notice() throws IOException {
        HistoryFile file = file();
        byte[] bad = {'s', 't', 'a', 't', 'u', 's', '\n', (byte) 0xff, '\n'};
        Files.write(history(), bad);

        assertThat(file.load()).isEmpty();

        assertThat(asideFiles()).hasSize(1);
        assertThat(Files.readAllBytes(asideFiles().get(0))).isEqualTo(bad);
        assertThat(file.takeNotices()).singleElement().asString().contains("not UTF-8").contains("moved it aside");
        file.append(new HistoryFile.Entry(Instant.ofEpochMilli(1), "status"));
        assertThat(Files.readString(history())).isEqualTo("1:status\n");
    }

    @Test
    void a_directory_is_set_aside() throws IOException {
        HistoryFile file = file();
        Files.createDirectory(history());
        Files.writeString(history().resolve("inside"), "kept");

        assertThat(file.load()).isEmpty();

        assertThat(asideFiles()).singleElement().satisfies(d -> assertThat(d.resolve("inside")).hasContent("kept"));
        assertThat(file.takeNotices()).singleElement().asString().contains("is a directory");
        file.append(new HistoryFile.Entry(Instant.ofEpochMilli(1), "status"));
        assertThat(history()).isRegularFile();
    }

    @Test
    @Timeout(20) // a guard against the hang this test is about, not a measurement
    void a_fifo_is_set_aside_without_blocking() throws Exception {
        HistoryFile file = file();
        Process mkfifo = new ProcessBuilder("mkfifo", history().toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThat(file.load()).isEmpty();
        file.append(new HistoryFile.Entry(Instant.ofEpochMilli(1), "status"));

        assertThat(file.takeNotices()).singleElement().asString().contains("not a regular file");
        assertThat(history()).isRegularFile();
    }

    @Test
    void a_dangling_link_is_set_aside_and_nothing_is_written_outside() throws IOException {
        HistoryFile file = file();
        Path outside = dir.resolve("outside-history.txt");
        Files.createSymbolicLink(history(), outside);

        file.load();
        file.append(new HistoryFile.Entry(Instant.ofEpochMilli(1), "status"));

        assertThat(outside).doesNotExist();
        assertThat(history()).isRegularFile();
        assertThat(Files.isSymbolicLink(history())).isFalse();
        assertThat(asideFiles()).singleElement().satisfies(l -> assertThat(Files.isSymbolicLink(l)).isTrue());
    }

    @Test
    void a_link_put_in_place_later_is_never_written_through() throws IOException {
        HistoryFile file = file();
        file.load();
        Path outside = dir.resolve("victim.txt");
        Files.writeString(outside, "victim");
        Files.createSymbolicLink(history(), outside);

        file.append(new HistoryFile.Entry(Instant.ofEpochMilli(1), "status"));
        file.append(new HistoryFile.Entry(Instant.ofEpochMilli(2), "status"));

        assertThat(outside).hasContent("victim");
        assertThat(file.takeNotices()).singleElement().asString().contains("not kept");
    }

    @Test
    void a_million_lines_are_cut_to_the_last_entries_in_one_rewrite() throws IOException {
        HistoryFile file = file();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            text.append(i).append(":status ").append(i).append('\n');
        }
        Files.writeString(history(), text);

        List<HistoryFile.Entry> read = file.load();

        assertThat(read).hasSize(HistoryFile.MAX_ENTRIES);
        assertThat(read.get(read.size() - 1).line()).isEqualTo("status 999999");
        assertThat(read.get(0).line()).isEqualTo("status " + (1_000_000 - HistoryFile.MAX_ENTRIES));
        assertThat(Files.readAllLines(history())).hasSize(HistoryFile.MAX_ENTRIES);
        assertThat(Files.size(history())).isLessThanOrEqualTo(HistoryFile.READ_LIMIT);
    }

    @Test
    void an_unwritable_home_gives_one_notice_and_the_history_goes_on_in_memory() throws IOException {
        Path notADirectory = dir.resolve("home-is-a-file");
        Files.writeString(notADirectory, "I am a file");
        HistoryFile file = new HistoryFile(notADirectory.resolve("history"), CLOCK);

        assertThat(file.load()).isEmpty();
        file.append(new HistoryFile.Entry(Instant.ofEpochMilli(1), "status"));
        file.append(new HistoryFile.Entry(Instant.ofEpochMilli(2), "status"));

        assertThat(file.takeNotices()).singleElement().asString()
                .startsWith("history: cannot ").doesNotContain("Exception").contains("not kept");
        assertThat(notADirectory).hasContent("I am a file");
    }

    @Test
    void a_taken_aside_name_never_overwrites_the_earlier_file() throws IOException {
        HistoryFile file = file();
        Files.write(history(), new byte[]{(byte) 0xC3});
        file.load();
        Files.write(history(), new byte[]{(byte) 0xff});

        new HistoryFile(history(), CLOCK).load();

        assertThat(asideFiles()).hasSize(2);
        assertThat(Files.exists(history(), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void two_shells_appending_keep_each_others_lines() throws IOException {
        HistoryFile one = file();
        HistoryFile two = new HistoryFile(history(), CLOCK);
        one.load();
        two.load();
        for (int i = 0; i < 30; i++) {
            one.append(new HistoryFile.Entry(Instant.ofEpochMilli(i), "one " + i));
            two.append(new HistoryFile.Entry(Instant.ofEpochMilli(i), "two " + i));
        }

        assertThat(new HistoryFile(history(), CLOCK).load()).hasSize(60);
        assertThat(Files.readString(history(), StandardCharsets.UTF_8)).contains("one 29", "two 29");
    }
}
