package org.qantar.shell.commands;

import org.junit.jupiter.api.BeforeEach;
import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Status;
import org.qantar.rules.workbench.Workbench;
import org.qantar.rules.workbench.WorkbenchState;
import org.qantar.shell.QantarApplication;
import org.qantar.shell.input.CommandDispatcher;
import org.qantar.shell.input.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The application context of the real shell (the real knowledge base, loaded once for all command
 * tests), with the runner off: tests send commands through {@link ShellTestClient}, and through
 * the {@link CommandDispatcher} where the exit status and the error line matter. Each test starts
 * from a fresh session. Ids are picked from the knowledge base at run time, never written in.
 */
@ShellTest
@SpringBootTest(classes = QantarApplication.class,
        properties = {"qantar.runner.enabled=false", "spring.shell.interactive.enabled=false",
                "spring.shell.history.enabled=false", "qantar.columns=100", "qantar.colour=never"})
abstract class ShellTestBase {

    @Autowired
    ShellTestClient client;

    @Autowired
    CommandDispatcher dispatcher;

    @Autowired
    Workbench workbench;

    /** What a command line printed and how it ended. */
    record Run(Outcome outcome, String output) {
        int status() {
            return outcome.status();
        }

        String message() {
            return outcome.message();
        }
    }

    @BeforeEach
    void freshSession() {
        workbench.restore(new WorkbenchState(Workbench.UNTITLED, "", Instant.now(), List.of(), List.of(), Map.of()));
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

    /**
     * A claim whose premises can be assumed together and do not mention its conclusion: assuming
     * them makes its conclusion possible, so its status leaves OPEN.
     */
    Claim chainingClaim() {
        // With the record on, facts (and what the claims derive from them) are not OPEN before anyone
        // assumes anything: take a claim whose premises and conclusion all start OPEN.
        return kb().claims().stream().filter(c -> !c.premises().isEmpty())
                .filter(c -> Stream.concat(c.premises().stream(), Stream.of(c.conclusion()))
                        .allMatch(l -> workbench.evaluation().status(l.proposition())
                                .map(st -> st.status() == Status.OPEN).orElse(false)))
                .filter(c -> c.premises().stream().noneMatch(p -> p.proposition().equals(c.conclusion().proposition())))
                .filter(c -> c.premises().stream().map(Literal::proposition).distinct().count() == c.premises().size())
                .findFirst().orElseThrow(() -> new IllegalStateException("the knowledge base has no claim with premises"));
    }

    String premisesOf(Claim c) {
        return String.join(" ", c.premises().stream().map(Literal::toString).toList());
    }

    /** A source that has claims and is not a reprint. */
    String sourceWithClaims() {
        return kb().voices().stream().map(s -> s.id()).filter(id -> !kb().claimsOf(id).isEmpty()).findFirst()
                .orElseThrow();
    }

    Optional<String> reprint() {
        return kb().sources().stream().filter(s -> s.isReprint()).map(s -> s.id()).findFirst();
    }

    /** An id that is an obvious misspelling of a real one (its last character dropped). */
    static String misspelt(String id) {
        return id.substring(0, id.length() - 1);
    }

    static Set<String> set(List<String> l) {
        return new HashSet<>(l);
    }
}
