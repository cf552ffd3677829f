package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.Session;
import org.qantar.model.json.Json;
import org.qantar.model.session.SessionCodec;
import org.qantar.rules.workbench.Workbench;
import org.qantar.rules.workbench.WorkbenchState;
import org.qantar.rules.workbench.sessions.SessionAutosave;
import org.qantar.rules.workbench.sessions.SessionKeeper;
import org.qantar.shell.sessions.SessionStartup;
import org.springframework.boot.DefaultApplicationArguments;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** diff between saved sessions and the working one; the autosave and its restoration at start. */
class SessionDiffAndAutosaveTest extends SessionShellTestBase {

    // ---------------------------------------------------------------- diff

    @Test
    void diff_names_each_differing_input_and_outcome_with_from_and_to() throws Exception {
        // given a saved session and a working session that assumes one more proposition
        send("assume " + proposition(0));
        send("save base");
        send("assume !" + proposition(1));

        // when
        String out = send("diff base current");

        // then the input line and the outcome line of that proposition are there
        assertThat(out).contains("Inputs (base -> current)")
                .containsPattern("assumption +" + proposition(1) + " +- +false")
                .contains("Outcomes (base -> current)")
                .containsPattern(proposition(1) + " +\\S.* +ASSUMED false");
        assertThat(out).doesNotContainPattern("assumption +" + proposition(0) + " ");
    }

    @Test
    void diff_json_has_the_documented_shape() throws Exception {
        send("save a");
        send("assume " + proposition(0));
        send("lens " + kb().voices().get(0).id());

        Run r = run("diff a current --json");

        assertThat(r.status()).isZero();
        var json = Json.tree(r.output());
        assertThat(json.propertyNames()).containsExactly("from", "to", "inputs", "outcomes");
        assertThat(json.get("from").stringValue()).isEqualTo("a");
        assertThat(json.get("to").stringValue()).isEqualTo("current");
        var assumption = json.get("inputs").get(0);
        assertThat(assumption.get("kind").stringValue()).isEqualTo("assumption");
        assertThat(assumption.get("proposition").stringValue()).isEqualTo(proposition(0));
        assertThat(assumption.get("from").stringValue()).isEqualTo("-");
        assertThat(assumption.get("to").stringValue()).isEqualTo("true");
        var lens = json.get("inputs").get(1);
        assertThat(lens.get("kind").stringValue()).isEqualTo("lens");
        assertThat(lens.get("proposition").isNull()).isTrue();
        assertThat(lens.get("from").stringValue()).isEqualTo("all");
        assertThat(json.get("outcomes").get(0).propertyNames()).containsExactly("proposition", "from", "to");
    }

    @Test
    void diff_of_equal_sessions_says_so() throws Exception {
        send("assume " + proposition(0));
        send("save x");
        send("save y --force");
        assertThat(send("diff x y")).contains("no difference between x and y");
        assertThat(send("diff current current")).contains("no difference between current and current");
    }

    @Test
    void diff_evaluates_both_sides_with_this_knowledge_base_and_says_when_one_was_saved_under_another() throws Exception {
        send("assume " + proposition(0));
        send("save old");
        Session old = readSession("old");
        Map<String, String> stale = new java.util.HashMap<>(old.statuses());
        stale.replaceAll((p, label) -> "OPEN");
        writeSession("old", old.withOutcomes("0000000000000000", stale));

        String out = send("diff old current");

        assertThat(out).contains("'old' was saved under another knowledge base: its outcomes are evaluated by this one")
                .contains("no difference between old and current");
    }

    @Test
    void diff_errors_are_one_line() throws Exception {
        send("save a");
        write(sessionFile("broken"), "{".getBytes(StandardCharsets.UTF_8));

        Run arity = run("diff a");
        assertThat(arity.status()).isEqualTo(2);
        assertThat(arity.message()).isEqualTo("diff compares two sessions: diff A B (either may be current)");
        Run missing = run("diff a ghost");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.message()).startsWith("no session named 'ghost'");
        Run unreadable = run("diff broken current");
        assertThat(unreadable.status()).isEqualTo(1);
        assertThat(unreadable.message()).startsWith(sessionFile("broken") + ": ").doesNotContain("\n");
        Run ill = run("diff ../a current");
        assertThat(ill.status()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- autosave

    @Test
    void every_change_is_autosaved_and_restored_on_the_next_start_saying_so() throws Exception {
        // given the autosave running (as SessionStartup starts it)
        Path file = autosave.file().file();
        autosave.start();

        // when the session changes
        send("assume " + proposition(0));
        send("note in flight");
        autosave.stop();

        // then the autosave holds it, with the statuses of the moment
        Session autosaved = SessionCodec.read(file);
        assertThat(autosaved.assumptions()).containsExactly(proposition(0));
        assertThat(autosaved.note()).isEqualTo("in flight");
        assertThat(autosaved.statuses()).containsEntry(proposition(0), "ASSUMED true");

        // and when the next start finds it
        workbench.restore(new WorkbenchState(Workbench.UNTITLED, "", Instant.now(), List.of(), List.of(), Map.of()));
        write(file, SessionCodec.encode(autosaved));
        Optional<SessionAutosave.Restored> restored = autosave.restore();

        // then the session is back, and one line says so
        assertThat(restored).isPresent();
        assertThat(restored.get().problem()).isFalse();
        assertThat(restored.get().line())
                .isEqualTo("restored the working session 'untitled' (1 assumption) from " + file);
        assertThat(workbench.assumptions()).containsExactly(Literal.of(proposition(0)));
        assertThat(workbench.note()).isEqualTo("in flight");
    }

    @Test
    void an_autosave_with_unknown_propositions_is_restored_keeping_them() {
        Session s = Session.empty(Instant.parse("2022-01-05T10:00:00Z"))
                .withInputs(List.of(proposition(0), "vanished"), List.of(), Map.of());
        write(autosave.file().file(), SessionCodec.encode(s));

        String line = autosave.restore().orElseThrow().line();

        assertThat(line).contains("(2 assumptions, 1 about propositions the knowledge base lacks, kept)");
        assertThat(workbench.unknownAssumptions()).containsExactly("vanished");
    }

    @Test
    void an_unreadable_autosave_is_set_aside_unchanged_and_the_session_starts_empty() throws Exception {
        Path file = autosave.file().file();
        write(file, "{\"format\": \"qantar-se".getBytes(StandardCharsets.UTF_8));

        SessionAutosave.Restored restored = autosave.restore().orElseThrow();

        assertThat(restored.problem()).isTrue();
        assertThat(restored.line()).startsWith("could not restore the working session (truncated or not valid JSON")
                .contains("kept it as " + HOME.resolve("autosave.unreadable-")).doesNotContain("\n");
        assertThat(file).doesNotExist();
        Path aside = Files.list(HOME).filter(f -> f.getFileName().toString().startsWith("autosave.unreadable-"))
                .findFirst().orElseThrow();
        assertThat(Files.readString(aside)).isEqualTo("{\"format\": \"qantar-se");
        assertThat(workbench.assumptions()).isEmpty();
    }

    @Test
    void at_start_the_interactive_shell_says_what_it_restored_and_a_one_shot_command_stays_quiet() throws Exception {
        Session s = Session.empty(Instant.parse("2022-01-05T10:00:00Z")).withName("morning")
                .withInputs(List.of(proposition(0)), List.of(), Map.of());
        write(autosave.file().file(), SessionCodec.encode(s));

        String interactive = capture(() -> new SessionStartup(autosave).run(new DefaultApplicationArguments()));
        assertThat(interactive.strip()).isEqualTo("restored the working session 'morning' (1 assumption) from "
                + autosave.file().file());
        assertThat(workbench.sessionName()).isEqualTo("morning");

        String oneShot = capture(() -> new SessionStartup(autosave).run(new DefaultApplicationArguments("status")));
        assertThat(oneShot).isEmpty();
    }

    @Test
    void at_start_a_one_shot_command_reports_an_unusable_autosave_on_stderr() throws Exception {
        write(autosave.file().file(), "[]".getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String out = capture(() -> new SessionStartup(autosave).run(new DefaultApplicationArguments("status")));
            assertThat(out).isEmpty();
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("qantar: could not restore the working "
                + "session (a session file must be a JSON object, found a list); kept it as ");
    }

    /** What {@code action} printed on stdout. */
    private static String capture(Runnable action) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void no_autosave_means_nothing_to_restore_and_nothing_said() {
        assertThat(autosave.restore()).isEmpty();
    }
}
