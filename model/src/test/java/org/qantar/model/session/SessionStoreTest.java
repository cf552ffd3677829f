package org.qantar.model.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionStoreTest {

    private static final Instant T0 = Instant.parse("2022-01-05T10:00:00Z");

    @TempDir
    Path home;

    private SessionStore store() {
        return new SessionStore(home.resolve("sessions"));
    }

    private static Session session(String name, String note, String... assumptions) {
        return new Session(name, note, T0, T0.plusSeconds(60), List.of(assumptions), List.of(), Map.of(),
                "kb1", Map.of(), Map.of());
    }

    @Test
    void savesAndLoadsByName() {
        SessionStore store = store();
        Session s = session("baseline", "first", "x", "!y");
        Path file = store.save(s);
        assertThat(file).isEqualTo(home.resolve("sessions/baseline.json"));
        assertThat(store.exists("baseline")).isTrue();
        assertThat(store.load("baseline")).isEqualTo(s);
    }

    @Test
    void savingAgainReplacesTheEarlierVersion() {
        SessionStore store = store();
        store.save(session("s", "old", "x"));
        store.save(session("s", "new", "!x"));
        assertThat(store.load("s").note()).isEqualTo("new");
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void aLoadedSessionIsNamedAfterItsFile() throws IOException {
        // given a file copied by hand under another name
        SessionStore store = store();
        store.save(session("original", ""));
        Files.copy(home.resolve("sessions/original.json"), home.resolve("sessions/copy.json"));
        // when it is loaded, then its name is the file's
        assertThat(store.load("copy").name()).isEqualTo("copy");
    }

    @Test
    void listsNameSavedTimeAssumptionCountFingerprintAndFirstLineOfTheNote() {
        SessionStore store = store();
        store.save(session("b", "two lines\nsecond", "x", "!y"));
        store.save(session("a", "", "z"));
        assertThat(store.list()).containsExactly(
                new SessionSummary("a", T0.plusSeconds(60), 1, "kb1", "", null),
                new SessionSummary("b", T0.plusSeconds(60), 2, "kb1", "two lines", null));
    }

    @Test
    void listsAnUnreadableFileWithItsProblemAndLeavesItAlone() throws IOException {
        SessionStore store = store();
        store.save(session("good", ""));
        Path broken = home.resolve("sessions/broken.json");
        Files.writeString(broken, "{\"format\": \"qantar-session\", ");
        List<SessionSummary> list = store.list();
        assertThat(list).extracting(SessionSummary::name).containsExactly("broken", "good");
        assertThat(list.get(0).readable()).isFalse();
        assertThat(list.get(0).problem()).startsWith("truncated or not valid JSON");
        assertThat(Files.readString(broken)).isEqualTo("{\"format\": \"qantar-session\", ");
    }

    @Test
    void aFailedLoadNamesTheFileAndLeavesItByteForByte() throws IOException {
        SessionStore store = store();
        Files.createDirectories(store.root());
        Path file = home.resolve("sessions/odd.json");
        byte[] content = ("{\"format\": \"qantar-session\", \"schemaVersion\": " + (Session.SCHEMA_VERSION + 1) + "}")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        FileTime before = Files.getLastModifiedTime(file);
        assertThatThrownBy(() -> store.load("odd"))
                .isInstanceOf(SessionFileException.class)
                .hasMessageStartingWith(file + ": written by a newer Qantar");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    }

    @Test
    void ignoresTemporaryFilesAndFilesThatAreNoSessionNames() throws IOException {
        SessionStore store = store();
        store.save(session("real", ""));
        Files.writeString(home.resolve("sessions/.real.json.123.tmp"), "{\"half");
        Files.writeString(home.resolve("sessions/.hidden.json"), "{}");
        Files.writeString(home.resolve("sessions/notes.txt"), "hello");
        Files.createDirectory(home.resolve("sessions/dir.json"));
        assertThat(store.list()).extracting(SessionSummary::name).containsExactly("real");
    }

    @Test
    void removesStaleTemporaryFilesOfASessionWhenSavingItButNotFreshOnes() throws IOException {
        // given a remnant of a killed writer and a temporary file of a write that may be in flight
        SessionStore store = store();
        Files.createDirectories(store.root());
        Path stale = home.resolve("sessions/.s.json.1.tmp");
        Path fresh = home.resolve("sessions/.s.json.2.tmp");
        Files.writeString(stale, "{");
        Files.writeString(fresh, "{");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(SessionStore.STALE_AFTER).minusSeconds(1)));
        // when the session is saved
        store.save(session("s", ""));
        // then only the stale one is gone
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        try (Stream<Path> files = Files.list(store.root())) {
            assertThat(files).extracting(f -> f.getFileName().toString())
                    .containsExactlyInAnyOrder("s.json", ".s.json.2.tmp");
        }
    }

    @Test
    void listsNothingBeforeTheFirstSaveAndCreatesTheDirectoryOnIt() {
        SessionStore store = store();
        assertThat(store.list()).isEmpty();
        assertThat(store.root()).doesNotExist();
        store.save(session("first", ""));
        assertThat(store.root()).isDirectory();
    }

    @Test
    void deletesASessionReadableOrNot() throws IOException {
        SessionStore store = store();
        store.save(session("a", ""));
        Files.writeString(home.resolve("sessions/broken.json"), "not json");
        store.delete("a");
        store.delete("broken");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void refusesToDeleteWhatDoesNotExist() {
        assertThatThrownBy(() -> store().delete("ghost"))
                .isInstanceOf(SessionStoreException.class)
                .hasMessage("no session named 'ghost' in " + home.resolve("sessions"));
    }

    @Test
    void refusesToLoadWhatDoesNotExist() {
        assertThatThrownBy(() -> store().load("ghost"))
                .isExactlyInstanceOf(SessionStoreException.class)
                .hasMessageStartingWith("no session named 'ghost'");
    }

    @Test
    void renamesRewritingTheNameInside() throws IOException {
        SessionStore store = store();
        Session s = session("old", "note", "x");
        store.save(s);
        Session renamed = store.rename("old", "new");
        assertThat(renamed).isEqualTo(s.withName("new"));
        assertThat(store.exists("old")).isFalse();
        assertThat(store.load("new")).isEqualTo(renamed);
        assertThat(Files.readString(home.resolve("sessions/new.json"))).contains("\"name\": \"new\"");
    }

    @Test
    void refusesToRenameOverAnotherSession() {
        SessionStore store = store();
        store.save(session("a", "A"));
        store.save(session("b", "B"));
        assertThatThrownBy(() -> store.rename("a", "b"))
                .isInstanceOf(SessionStoreException.class)
                .hasMessage("a session named 'b' exists already: delete it first or choose another name");
        assertThat(store.load("a").note()).isEqualTo("A");
        assertThat(store.load("b").note()).isEqualTo("B");
    }

    @Test
    void refusesToRenameWhatDoesNotExistOrCannotBeRead() throws IOException {
        SessionStore store = store();
        assertThatThrownBy(() -> store.rename("ghost", "b")).hasMessageStartingWith("no session named 'ghost'");
        Files.createDirectories(store.root());
        Files.writeString(home.resolve("sessions/broken.json"), "[]");
        assertThatThrownBy(() -> store.rename("broken", "fixed")).isInstanceOf(SessionFileException.class);
        assertThat(store.exists("fixed")).isFalse();
        assertThat(Files.readString(home.resolve("sessions/broken.json"))).isEqualTo("[]");
    }

    @Test
    void refusesToRenameToItself() {
        SessionStore store = store();
        store.save(session("a", ""));
        assertThatThrownBy(() -> store.rename("a", "a")).hasMessage("session 'a' is already named so");
    }

    @Test
    void refusesInvalidNamesInEveryOperationWithoutTouchingTheDisk() throws IOException {
        SessionStore store = store();
        Session escaping = session("../escape", "");
        List<Runnable> operations = List.of(
                () -> store.save(escaping),
                () -> store.load("../escape"),
                () -> store.delete("a/b"),
                () -> store.rename("ok", "../../etc/x"),
                () -> store.rename("", "ok"),
                () -> store.exists(".hidden"));
        for (Runnable operation : operations) {
            assertThatThrownBy(operation::run)
                    .isInstanceOf(SessionStoreException.class)
                    .hasMessageContaining(SessionName.RULE);
        }
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files).containsExactly(home);
        }
    }

    @Test
    void savingReplacesASymbolicLinkInsteadOfWritingThroughIt() throws IOException {
        // given a session file that is a link to a file outside the store
        SessionStore store = store();
        Files.createDirectories(store.root());
        Path outside = home.resolve("outside.txt");
        Files.writeString(outside, "precious");
        Files.createSymbolicLink(home.resolve("sessions/linked.json"), outside);
        // when a session of that name is saved
        store.save(session("linked", ""));
        // then the file outside is unchanged and the store holds a real file
        assertThat(Files.readString(outside)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(home.resolve("sessions/linked.json"))).isFalse();
        assertThat(store.load("linked").name()).isEqualTo("linked");
    }

    @Test
    void refusesAFileThatIsNotRegular() throws IOException {
        SessionStore store = store();
        Files.createDirectories(home.resolve("sessions/dir.json"));
        assertThatThrownBy(() -> store.load("dir"))
                .isInstanceOf(SessionFileException.class)
                .hasMessageEndingWith("dir.json: not a regular file");
    }

    @Test
    void refusesAFileOverOneMebibyte() throws IOException {
        SessionStore store = store();
        Files.createDirectories(store.root());
        Path big = home.resolve("sessions/big.json");
        Files.write(big, new byte[SessionCodec.MAX_BYTES + 10]);
        assertThatThrownBy(() -> store.load("big"))
                .isInstanceOf(SessionFileException.class)
                .hasMessage(big + ": over the 1 MiB limit for a session file (1048586 bytes)");
        assertThat(store.list()).singleElement().extracting(SessionSummary::readable).isEqualTo(false);
    }

    @Test
    void reportsAWriteTheDiskRefusesInOneLine() throws IOException {
        // given a store whose root is a file, so no directory can be created there
        Files.writeString(home.resolve("sessions"), "a file");
        assertThatThrownBy(() -> store().save(session("s", "")))
                .isInstanceOf(SessionStoreException.class)
                .hasMessageStartingWith("cannot save session 's' to " + home.resolve("sessions/s.json") + ": ");
    }

    @Test
    void keepsEverySessionOfARandomSeries() {
        // given many sessions saved under distinct names
        SessionStore store = store();
        Random random = new Random(11);
        for (String name : RandomSessions.distinctNames(random, 40)) {
            store.save(RandomSessions.session(random, name));
        }
        // then each is listed and loads
        assertThat(store.list()).hasSize(40).allSatisfy(s -> {
            assertThat(s.readable()).isTrue();
            assertThat(store.load(s.name()).saved()).isEqualTo(s.saved());
        });
    }
}
