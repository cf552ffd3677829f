package org.qantar.model.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutosaveFileTest {

    @TempDir
    Path home;

    @Test
    void readsNothingBeforeTheFirstWrite() {
        assertThat(new AutosaveFile(home.resolve("autosave.json")).read()).isEmpty();
    }

    @Test
    void writesAndReadsAnUntitledSession() {
        AutosaveFile autosave = new AutosaveFile(home.resolve("deep/er/autosave.json"));
        Session untitled = Session.empty(Instant.parse("2022-01-05T10:00:00Z"))
                .withInputs(List.of("x"), List.of(), java.util.Map.of());
        autosave.write(untitled);
        assertThat(autosave.read()).contains(untitled);
    }

    @Test
    void anUnreadableAutosaveIsReportedAndCanBeSetAsideUnchanged() throws IOException {
        // given an autosave torn by hand
        Path file = home.resolve("autosave.json");
        Files.writeString(file, "{\"format\"");
        AutosaveFile autosave = new AutosaveFile(file);
        // when it is read, then the error names it
        assertThatThrownBy(autosave::read).isInstanceOf(SessionFileException.class)
                .hasMessageStartingWith(file + ": truncated or not valid JSON");
        // and when it is set aside, then it is kept under a dated name, byte for byte
        Path aside = autosave.setAside(Clock.fixed(Instant.parse("2022-01-05T10:00:00Z"), ZoneOffset.UTC));
        assertThat(aside).isEqualTo(home.resolve("autosave.unreadable-20220105T100000Z.json"));
        assertThat(Files.readString(aside)).isEqualTo("{\"format\"");
        assertThat(autosave.read()).isEmpty();
    }

    private static Session with(String note, String... assumptions) {
        return Session.empty(Instant.parse("2022-01-05T10:00:00Z")).withInputs(List.of(assumptions), List.of(),
                java.util.Map.of()).withNote(note);
    }

    @Test
    void aSessionTheReaderWouldRefuseIsNeverWritten() throws IOException {
        // given an autosave in place and a session whose note alone is over the 1 MiB read limit
        Path file = home.resolve("autosave.json");
        AutosaveFile autosave = new AutosaveFile(file);
        autosave.write(with("small", "x"));
        String before = Files.readString(file);

        // when / then the write is refused in one line and the file stays as it was
        assertThatThrownBy(() -> autosave.write(with("n".repeat(SessionCodec.MAX_BYTES), "x")))
                .isInstanceOf(SessionStoreException.class)
                .hasMessageContaining("over the 1,048,576 a session file may hold");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThatThrownBy(() -> new SessionStore(home.resolve("sessions")).save(with("n".repeat(SessionCodec.MAX_BYTES))
                .withName("big"))).hasMessageContaining("over the 1,048,576");
    }

    @Test
    void aVersionAnotherProcessWroteSinceThisOneReadIsKeptBeforeItIsReplaced() throws IOException {
        // given this process read the autosave, then another one wrote it
        Path file = home.resolve("autosave.json");
        new AutosaveFile(file).write(with("first", "a"));
        AutosaveFile mine = new AutosaveFile(file);
        mine.read();
        new AutosaveFile(file).write(with("theirs", "b"));
        byte[] theirs = Files.readAllBytes(file);

        // when this process writes
        java.util.Optional<Path> kept = mine.write(with("mine", "c"));

        // then theirs is kept beside it, byte for byte, and a second write of its own keeps nothing
        assertThat(kept).isPresent();
        assertThat(kept.get().getFileName().toString()).startsWith("autosave.replaced-");
        assertThat(Files.readAllBytes(kept.get())).isEqualTo(theirs);
        assertThat(mine.read()).hasValueSatisfying(s -> assertThat(s.note()).isEqualTo("mine"));
        assertThat(mine.write(with("mine again", "c"))).isEmpty();
    }

    @Test
    void aTakenSetAsideNameNeverOverwritesTheEarlierUnreadableFile() throws IOException {
        // given an unreadable autosave, and its set-aside name for this second already taken
        Path file = home.resolve("autosave.json");
        Clock clock = Clock.fixed(Instant.parse("2022-01-05T10:00:00Z"), ZoneOffset.UTC);
        Path taken = home.resolve("autosave.unreadable-20220105T100000Z.json");
        Files.writeString(taken, "earlier");
        Files.writeString(file, "{\"torn\"");

        // when it is set aside
        Path aside = new AutosaveFile(file).setAside(clock);

        // then it goes to another name, and both files are intact
        assertThat(aside).isEqualTo(home.resolve("autosave.unreadable-20220105T100000Z-2.json"));
        assertThat(Files.readString(aside)).isEqualTo("{\"torn\"");
        assertThat(Files.readString(taken)).isEqualTo("earlier");
    }

    @Test
    void aHomeThatIsAFileFailsInPlainWords() throws IOException {
        Path notADirectory = home.resolve("home-is-a-file");
        Files.writeString(notADirectory, "I am a file");

        assertThatThrownBy(() -> new AutosaveFile(notADirectory.resolve("autosave.json")).write(with("x")))
                .isInstanceOf(SessionStoreException.class)
                .hasMessageStartingWith("cannot autosave to " + notADirectory.resolve("autosave.json") + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception"));
    }
}
