package org.qantar.shell.commands;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.qantar.model.Session;
import org.qantar.model.session.SessionCodec;
import org.qantar.rules.workbench.sessions.SessionAutosave;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command tests' shell ({@link ShellTestBase}) with {@code qantar.home} in a temporary
 * directory, so that no test reads or writes the user's sessions. Each test starts from an empty
 * home and a fresh untitled session.
 */
abstract class SessionShellTestBase extends ShellTestBase {

    static final Path HOME = temporaryHome();

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("qantar.home", HOME::toString);
    }

    @Autowired
    SessionAutosave autosave;

    @BeforeEach
    void emptyHomeAndFreshSession() throws IOException {
        deleteHome();
        Files.createDirectories(HOME);
        freshSession();
    }

    @AfterEach
    void noAutosave() {
        autosave.stop();
    }

    @AfterAll
    static void deleteHome() throws IOException {
        if (Files.exists(HOME)) {
            try (Stream<Path> files = Files.walk(HOME)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    String proposition(int index) {
        return kb().propositionIds().get(index);
    }

    Path sessionFile(String name) {
        return HOME.resolve("sessions").resolve(name + ".json");
    }

    Session readSession(String name) {
        return SessionCodec.read(sessionFile(name));
    }

    void writeSession(String name, Session session) {
        write(sessionFile(name), SessionCodec.encode(session));
    }

    static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under the temporary home, relative to it: to show that nothing went elsewhere. */
    static List<String> filesInHome() throws IOException {
        try (Stream<Path> files = Files.walk(HOME)) {
            return files.filter(Files::isRegularFile).map(f -> HOME.relativize(f).toString()).sorted().toList();
        }
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("qantar-session-tests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
