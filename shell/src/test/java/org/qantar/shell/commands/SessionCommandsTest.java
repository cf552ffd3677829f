package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.Session;
import org.qantar.model.json.Json;
import org.qantar.model.session.SessionCodec;
import org.qantar.model.session.SessionName;
import org.qantar.rules.workbench.WorkbenchState;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** save, load, sessions, delete, rename and note, with every error path. */
class SessionCommandsTest extends SessionShellTestBase {

    // ---------------------------------------------------------------- save

    @Test
    void save_writes_inputs_statuses_and_fingerprint_and_names_the_working_session() throws Exception {
        // given
        send("assume " + proposition(0) + " !" + proposition(1));

        // when
        String out = send("save baseline");

        // then
        assertThat(out).contains("saved 'baseline' (2 assumptions) to " + sessionFile("baseline"));
        assertThat(workbench.sessionName()).isEqualTo("baseline");
        Session saved = readSession("baseline");
        assertThat(saved.assumptions()).containsExactlyInAnyOrder(proposition(0), "!" + proposition(1));
        assertThat(saved.kbFingerprint()).isEqualTo(kb().fingerprint());
        assertThat(saved.statuses()).containsEntry(proposition(0), "ASSUMED true")
                .hasSize(kb().propositions().size());
    }

    @Test
    void save_without_a_name_saves_under_the_sessions_own_name_and_refuses_an_untitled_one() throws Exception {
        Run untitled = run("save");
        assertThat(untitled.status()).isEqualTo(2);
        assertThat(untitled.message()).isEqualTo("this session has no name yet: save NAME");

        send("save s1");
        send("assume " + proposition(0));
        String again = send("save");

        assertThat(again).contains("saved 's1' (1 assumption)").contains("replacing the earlier version");
        assertThat(readSession("s1").assumptions()).containsExactly(proposition(0));
    }

    @Test
    void save_refuses_names_that_break_the_rule_and_writes_nothing() throws Exception {
        for (String bad : List.of("../x", "a/b", ".hidden", "'with space'", "current")) {
            Run r = run("save " + bad);
            assertThat(r.status()).as(bad).isEqualTo(2);
            assertThat(r.message()).as(bad).doesNotContain("\n");
            if (!bad.equals("current")) {
                assertThat(r.message()).as(bad).endsWith(SessionName.RULE);
            }
        }
        assertThat(run("save a b").message()).isEqualTo("save takes one session name, got a b");
        assertThat(filesInHome()).isEmpty();
    }

    @Test
    void save_does_not_replace_another_session_without_force() throws Exception {
        send("assume " + proposition(0));
        send("save first");
        send("load first");
        workbench.rename("second");

        Run refused = run("save first");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.message()).isEqualTo(
                "a session named 'first' exists already: save first --force replaces it, or choose another name");

        assertThat(run("save first --force").status()).isZero();
        assertThat(workbench.sessionName()).isEqualTo("first");
    }

    @Test
    void save_reports_a_disk_that_refuses_in_one_line_and_keeps_the_session() throws Exception {
        // given a "sessions" that is a file, so no session can be written under it
        Files.writeString(HOME.resolve("sessions"), "in the way");
        send("assume " + proposition(0));
        WorkbenchState before = workbench.state();

        Run r = run("save s");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.message()).startsWith("cannot save session 's' to ").doesNotContain("\n");
        assertThat(workbench.state()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- load

    @Test
    void load_restores_assumptions_lens_and_note() throws Exception {
        // given a saved session with all three, then changed
        String source = kb().voices().get(0).id();
        send("assume !" + proposition(2));
        send("lens " + source);
        send("note checked twice");
        send("save full");
        send("reset");
        send("lens all");
        send("note --clear");

        // when
        String out = send("load full --force");

        // then
        assertThat(out).contains("loaded 'full' (1 assumption, lens " + source).contains("note: checked twice");
        assertThat(workbench.assumptions()).containsExactly(Literal.of("!" + proposition(2)));
        assertThat(workbench.lens()).containsExactly(source);
        assertThat(workbench.note()).isEqualTo("checked twice");
        assertThat(workbench.sessionName()).isEqualTo("full");
    }

    @Test
    void load_of_a_missing_or_ill_named_session_is_a_usage_error_naming_the_nearest() throws Exception {
        send("save baseline");

        Run missing = run("load baselin");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.message()).isEqualTo("no session named 'baselin' (did you mean baseline?)");

        Run ill = run("load ../../etc/passwd");
        assertThat(ill.status()).isEqualTo(2);
        assertThat(ill.message()).endsWith(SessionName.RULE);

        Run none = run("load");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.message()).startsWith("load needs a session name");
    }

    @Test
    void load_does_not_drop_unsaved_changes_without_force() throws Exception {
        send("save kept");
        send("assume " + proposition(0));
        WorkbenchState before = workbench.state();

        Run refused = run("load kept");

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.message())
                .isEqualTo("the working session 'kept' has unsaved changes: save it first, or load kept --force to drop them");
        assertThat(workbench.state()).isEqualTo(before);

        assertThat(run("load kept --force").status()).isZero();
        assertThat(workbench.assumptions()).isEmpty();
    }

    @Test
    void load_of_a_file_that_is_no_session_fails_in_one_line_and_changes_neither_file_nor_session() throws Exception {
        send("assume " + proposition(0));
        send("save mine");
        WorkbenchState before = workbench.state();
        byte[] valid = Files.readAllBytes(sessionFile("mine"));
        Map<String, byte[]> broken = Map.of(
                "truncated", java.util.Arrays.copyOf(valid, valid.length / 2),
                "notjson", "hello".getBytes(StandardCharsets.UTF_8),
                "alist", "[1, 2]".getBytes(StandardCharsets.UTF_8),
                "future", "{\"format\": \"qantar-session\", \"schemaVersion\": 99}".getBytes(StandardCharsets.UTF_8),
                "huge", new byte[SessionCodec.MAX_BYTES + 1]);
        Map<String, String> problems = Map.of("truncated", "truncated or not valid JSON", "notjson", "not valid JSON",
                "alist", "a session file must be a JSON object", "future", "written by a newer Qantar",
                "huge", "over the 1 MiB limit");
        for (Map.Entry<String, byte[]> e : broken.entrySet()) {
            write(sessionFile(e.getKey()), e.getValue());

            Run r = run("load " + e.getKey() + " --force");

            assertThat(r.status()).as(e.getKey()).isEqualTo(1);
            assertThat(r.message()).as(e.getKey()).startsWith(sessionFile(e.getKey()) + ": ")
                    .contains(problems.get(e.getKey())).doesNotContain("\n");
            assertThat(Files.readAllBytes(sessionFile(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(workbench.state()).as(e.getKey()).isEqualTo(before);
        }
    }

    @Test
    void load_of_damaged_files_either_loads_a_valid_session_or_fails_in_one_line_leaving_the_session() throws Exception {
        // given a valid session file and a working session that differs from it
        send("assume " + proposition(0) + " !" + proposition(1));
        send("note original");
        send("save pristine");
        byte[] valid = Files.readAllBytes(sessionFile("pristine"));
        java.util.Random random = new java.util.Random(5);
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            // when a damaged copy is loaded
            byte[] damaged = random.nextBoolean()
                    ? java.util.Arrays.copyOf(valid, random.nextInt(valid.length))
                    : flip(valid, random);
            write(sessionFile("damaged"), damaged);
            WorkbenchState before = workbench.state();
            Run r = run("load damaged --force");
            // then it either loaded, or failed in one line naming the file, and changed nothing
            if (r.status() != 0) {
                refused++;
                assertThat(r.status()).as("mutation %d", i).isEqualTo(1);
                assertThat(r.message()).as("mutation %d", i).startsWith(sessionFile("damaged") + ": ").doesNotContain("\n");
                assertThat(workbench.state()).as("mutation %d", i).isEqualTo(before);
            }
            assertThat(Files.readAllBytes(sessionFile("damaged"))).as("mutation %d", i).isEqualTo(damaged);
        }
        assertThat(refused).isGreaterThan(150);
    }

    private static byte[] flip(byte[] content, java.util.Random random) {
        byte[] copy = content.clone();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    @Test
    void load_keeps_and_reports_assumptions_about_propositions_the_knowledge_base_lacks() throws Exception {
        // given a session that assumes a proposition this knowledge base does not have
        send("save old");
        Session old = readSession("old");
        writeSession("old", old.withInputs(List.of(proposition(0), "!gone_from_the_kb"), List.of("retired-source"),
                Map.of()));

        // when
        String out = send("load old");

        // then it is reported, kept, and saved again
        assertThat(out).contains("kept 1 assumption about propositions this knowledge base does not have: !gone_from_the_kb")
                .contains("the lens names sources this knowledge base does not have, not counted: retired-source");
        assertThat(workbench.unknownAssumptions()).containsExactly("!gone_from_the_kb");
        send("save");
        assertThat(readSession("old").assumptions()).contains("!gone_from_the_kb", proposition(0));
    }

    @Test
    void load_of_a_session_saved_under_another_knowledge_base_lists_the_statuses_that_moved() throws Exception {
        // given a session saved by another knowledge base, which saw an outcome otherwise
        send("save before");
        Session saved = readSession("before");
        String p = kb().propositions().stream().filter(x -> x.isOutcome()).skip(1).findFirst().orElseThrow().id();
        String now = saved.statuses().get(p);
        String then = now.equals("CONTESTED") ? "OPEN" : "CONTESTED";
        Map<String, String> statuses = new java.util.HashMap<>(saved.statuses());
        statuses.put(p, then);
        writeSession("before", saved.withOutcomes("0123456789abcdef", statuses));

        // when
        String out = send("load before");

        // then
        assertThat(out).contains("the knowledge base changed since this session was saved: 1 status moved")
                .containsPattern(p + " +" + then + " +" + now);
    }

    @Test
    void load_of_a_session_saved_under_this_knowledge_base_says_nothing_about_it() throws Exception {
        send("save same");
        assertThat(send("load same")).doesNotContain("knowledge base changed");
    }

    @Test
    void load_migrates_a_version_0_file() throws Exception {
        String v0 = """
                {"version": 0, "name": "legacy", "note": "from schema 0", "savedAt": "2022-01-07T18:45:12Z",
                 "kb": "old", "assumptions": {"%s": false}, "lens": [], "statuses": {}}
                """.formatted(proposition(0));
        write(sessionFile("legacy"), v0.getBytes(StandardCharsets.UTF_8));

        String out = send("load legacy");

        assertThat(out).contains("loaded 'legacy' (1 assumption, lens all, saved 2022-01-07 18:45 UTC)");
        assertThat(workbench.assumptions()).containsExactly(Literal.of("!" + proposition(0)));
    }

    @Test
    void fields_of_a_newer_qantar_survive_load_and_save() throws Exception {
        send("save future");
        Session s = readSession("future");
        writeSession("future", new Session(s.name(), s.note(), s.created(), s.saved(), s.assumptions(), s.lens(),
                s.priors(), s.kbFingerprint(), s.statuses(), Map.of("reviewers", Json.tree("[\"ak\"]"))));

        send("load future");
        send("assume " + proposition(0));
        send("save");

        assertThat(readSession("future").extras()).containsEntry("reviewers", Json.tree("[\"ak\"]"));
    }

    // ---------------------------------------------------------------- sessions

    @Test
    void sessions_lists_name_time_count_fingerprint_and_note_marking_the_working_one() throws Exception {
        send("assume " + proposition(0));
        send("note first line");
        send("save alpha");
        send("save beta");
        write(sessionFile("broken"), "{".getBytes(StandardCharsets.UTF_8));

        String out = send("sessions");

        assertThat(out).containsPattern("NAME +SAVED +ASSUMED +KB +NOTE")
                .containsPattern("alpha +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC +1 +" + kb().fingerprint() + " +first line")
                .containsPattern("beta \\* ")
                .containsPattern("broken +\\? +unreadable: truncated or not valid JSON")
                .contains("* the working session");
    }

    @Test
    void sessions_json_has_the_documented_shape() throws Exception {
        send("save one");
        write(sessionFile("two"), "[]".getBytes(StandardCharsets.UTF_8));

        Run r = run("sessions --json");

        assertThat(r.status()).isZero();
        var json = Json.tree(r.output());
        assertThat(json.get("directory").stringValue()).isEqualTo(HOME.resolve("sessions").toString());
        assertThat(json.get("kbFingerprint").stringValue()).isEqualTo(kb().fingerprint());
        var one = json.get("sessions").get(0);
        assertThat(one.propertyNames()).containsExactly("name", "saved", "assumptions", "kbFingerprint", "note", "problem");
        assertThat(one.get("assumptions").intValue()).isZero();
        assertThat(one.get("problem").isNull()).isTrue();
        var two = json.get("sessions").get(1);
        assertThat(two.get("name").stringValue()).isEqualTo("two");
        assertThat(two.get("problem").stringValue()).startsWith("a session file must be a JSON object");
    }

    @Test
    void sessions_with_none_saved_says_where_they_would_be() {
        assertThat(run("sessions").output().strip())
                .isEqualTo("no saved sessions in " + HOME.resolve("sessions") + " (save NAME keeps the working session)");
    }

    // ---------------------------------------------------------------- delete, rename

    @Test
    void delete_removes_a_session_readable_or_not_and_keeps_the_working_session() throws Exception {
        send("assume " + proposition(0));
        send("save gone");
        write(sessionFile("broken"), "x".getBytes(StandardCharsets.UTF_8));

        assertThat(send("delete gone")).contains("deleted 'gone' (" + sessionFile("gone") + ")");
        assertThat(run("delete broken").status()).isZero();

        assertThat(filesInHome()).isEmpty();
        assertThat(workbench.assumptions()).containsExactly(Literal.of(proposition(0)));
    }

    /** Newcomer #22: deleting the working session's file left the prompt as it was, with no word. */
    @Test
    void deleting_the_working_sessions_file_says_the_work_is_now_unsaved() {
        run("assume " + proposition(0));
        run("save mine");
        run("save other --force");
        run("load mine");

        Run mine = run("delete mine");
        Run other = run("delete other");

        assertThat(mine.output()).contains("deleted 'mine'").contains("unsaved until you save it");
        assertThat(other.output()).doesNotContain("unsaved");
        assertThat(run("status").output()).startsWith("session mine (unsaved changes)");
    }

    @Test
    void delete_of_a_missing_or_ill_named_session_is_a_usage_error() {
        assertThat(run("delete ghost").message()).isEqualTo("no session named 'ghost' (sessions lists them)");
        assertThat(run("delete ghost").status()).isEqualTo(2);
        assertThat(run("delete a/b").message()).endsWith(SessionName.RULE);
        assertThat(run("delete").message()).startsWith("delete needs a session name");
    }

    @Test
    void rename_moves_a_session_and_the_working_session_follows() throws Exception {
        send("save old");

        assertThat(send("rename old new")).contains("renamed 'old' to 'new'");

        assertThat(sessionFile("old")).doesNotExist();
        assertThat(readSession("new").name()).isEqualTo("new");
        assertThat(workbench.sessionName()).isEqualTo("new");
    }

    @Test
    void rename_never_replaces_another_session_and_reports_each_error_in_one_line() throws Exception {
        send("save a");
        send("save b");
        write(sessionFile("broken"), "{".getBytes(StandardCharsets.UTF_8));

        Run taken = run("rename a b");
        assertThat(taken.status()).isEqualTo(2);
        assertThat(taken.message()).isEqualTo("a session named 'b' exists already: delete it first or choose another name");
        assertThat(run("rename ghost c").message()).startsWith("no session named 'ghost'");
        assertThat(run("rename a ../c").message()).endsWith(SessionName.RULE);
        assertThat(run("rename a").message()).isEqualTo("rename takes two names: rename OLD NEW");
        Run unreadable = run("rename broken fixed");
        assertThat(unreadable.status()).isEqualTo(1);
        assertThat(unreadable.message()).startsWith(sessionFile("broken") + ": truncated").endsWith("(delete broken removes it)");
        assertThat(filesInHome()).containsExactly("sessions/a.json", "sessions/b.json", "sessions/broken.json");
    }

    // ---------------------------------------------------------------- note

    @Test
    void note_sets_shows_and_clears_the_note_which_save_keeps() throws Exception {
        assertThat(send("note")).contains("no note (note TEXT sets one)");

        assertThat(send("note \"CSTO stays, protests spread\"")).contains("note set");
        assertThat(send("note")).contains("CSTO stays, protests spread");
        send("save noted");
        assertThat(readSession("noted").note()).isEqualTo("CSTO stays, protests spread");

        assertThat(send("note --clear")).contains("note cleared");
        assertThat(workbench.note()).isEmpty();
        Run both = run("note text --clear");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.message()).isEqualTo("note takes a text or --clear, not both");
    }
}
