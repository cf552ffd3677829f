package org.qantar.shell.commands;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.qantar.model.Session;
import org.qantar.model.session.SessionCodec;
import org.qantar.rules.KnowledgeBase;
import org.qantar.shell.QantarApplication;
import org.qantar.shell.input.CommandDispatcher;
import org.qantar.shell.input.Outcome;
import org.qantar.shell.sessions.SessionAutosave;
import org.qantar.shell.workbench.Workbench;
import org.qantar.shell.workbench.WorkbenchState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real shell (the real knowledge base) with the runner off and {@code qantar.home} in a
 * temporary directory, so that no test reads or writes the user's sessions. Each test starts from
 * an empty home and a fresh untitled session. Ids are picked from the knowledge base at run time.
 */
@ShellTest
@SpringBootTest(classes = QantarApplication.class,
        properties = {"qantar.runner.enabled=false", "spring.shell.interactive.enabled=false", "qantar.columns=100",
                "qantar.colour=never"})
abstract class SessionShellTestBase {

    static final Path HOME = temporaryHome();

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("qantar.home", HOME::toString);
    }

    @Autowired
    ShellTestClient client;

    @Autowired
    CommandDispatcher dispatcher;

    @Autowired
    Workbench workbench;

    @Autowired
    SessionAutosave autosave;

    record Run(Outcome outcome, String output) {
        int status() {
            return outcome.status();
        }

        String message() {
            return outcome.message();
        }
    }

    @BeforeEach
    void emptyHomeAndFreshSession() throws IOException {
        deleteHome();
        Files.createDirectories(HOME);
        workbench.restore(new WorkbenchState(Workbench.UNTITLED, "", Instant.now(), List.of(), List.of(), Map.of()));
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

    String send(String line) throws Exception {
        ShellScreen screen = client.sendCommand(line);
        return String.join("\n", screen.lines());
    }

    Run run(String line) {
        StringWriter text = new StringWriter();
        Outcome outcome = dispatcher.run(line, new PrintWriter(text));
        return new Run(outcome, text.toString());
    }

    KnowledgeBase kb() {
        return workbench.knowledgeBase();
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
