package org.qantar.shell.commands;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qantar.model.session.SessionCodec;
import org.qantar.rules.workbench.sessions.WorkingSession;
import org.qantar.shell.config.QantarPrompt;
import org.qantar.shell.sessions.SessionHeaders;
import org.qantar.shell.config.ScreenSettings;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A knowledge base of the user's: made with kb init, used with kb use, tested with kb test. */
class KbDirectoryCommandsTest extends SessionShellTestBase {

    @Autowired
    ScreenSettings screen;

    @Autowired
    SessionHeaders headers;

    @AfterEach
    void backToTheShippedKnowledgeBase() {
        run("kb use shipped");
    }

    @Test
    void init_use_status_test_and_back() throws Exception {
        Path dir = HOME.resolve("strike");
        Run init = run("kb init " + dir);
        assertThat(init.status()).as(init.message()).isZero();
        assertThat(init.output()).contains("example.claims").contains("README.md");

        Run use = run("kb use " + dir);
        assertThat(use.status()).as(use.message()).isZero();
        assertThat(use.output()).startsWith("using the knowledge base strike (1 sources, 3 propositions, 1 claims)");
        assertThat(new QantarPrompt(workbench, screen, headers).text()).startsWith("qantar (strike) [untitled");

        assertThat(run("assume fuel_price_doubled").status()).isZero();
        Run status = run("status");
        assertThat(status.output()).startsWith("knowledge base strike (" + dir + ", fingerprint ");
        assertThat(status.output()).containsPattern("drivers_strike +SUPPORTED");

        Run test = run("kb test");
        assertThat(test.status()).as(test.output()).isZero();
        assertThat(test.output().strip()).endsWith("3/3 cases pass");

        assertThat(run("save strike-session").status()).isZero();
        assertThat(WorkingSession.kbName(SessionCodec.read(sessionFile("strike-session")))).isEqualTo("strike");
        run("kb use shipped");
        Run load = run("load strike-session --force");
        assertThat(load.output()).contains("saved under the knowledge base 'strike', not this one");
        assertThat(new QantarPrompt(workbench, screen, headers).text()).startsWith("qantar [strike-session");
    }

    @Test
    void a_broken_knowledge_base_is_refused_with_a_line_per_problem_and_the_session_stays() throws Exception {
        Path dir = HOME.resolve("broken");
        run("kb init " + dir);
        Files.writeString(dir.resolve("example.claims"), "claim example-01 stated: nothing\n  if nowhere\n");

        Run use = run("kb use " + dir);

        assertThat(use.status()).isEqualTo(2);
        assertThat(use.message()).contains("in the knowledge base " + dir)
                .contains("\n  example.claims:1: claim example-01 has no conclusion");
        assertThat(workbench.engine().source().name()).isEqualTo("shipped");
    }

    @Test
    void kb_on_a_line_in_the_shell_must_name_the_knowledge_base_in_use_else_it_says_to_use_kb_use() {
        Path dir = HOME.resolve("other");
        run("kb init " + dir);

        Run other = run("status --kb " + dir);
        assertThat(other.status()).isEqualTo(2);
        assertThat(other.message()).isEqualTo("--kb chooses the knowledge base when qantar starts; in the shell, "
                + "switch with: kb use " + dir + " (in use: shipped)");
        assertThat(workbench.engine().source().name()).isEqualTo("shipped");
        assertThat(run("status --kb").message()).isEqualTo("--kb needs a knowledge-base directory, or shipped");

        Run same = run("status --kb shipped");
        assertThat(same.status()).as(same.message()).isZero();
        assertThat(same.output()).contains("lens all");
        run("kb use " + dir);
        Run mine = run("--kb=" + dir + " status");
        assertThat(mine.status()).as(mine.message()).isZero();
        assertThat(mine.output()).startsWith("knowledge base other (" + dir);
    }

    @Test
    void the_shipped_knowledge_base_runs_its_own_cases() {
        Run test = run("kb test");
        assertThat(test.output()).containsPattern("\\d+/\\d+ cases pass");
    }

    @Test
    void usage_errors_say_what_to_type() {
        assertThat(run("kb use").status()).isEqualTo(2);
        assertThat(run("kb init").message()).isEqualTo("kb init takes one directory: kb init DIR [--from shipped]");
        assertThat(run("kb init " + HOME + " --from elsewhere").message())
                .isEqualTo("--from takes shipped (kb init DIR --from shipped), not elsewhere");
        assertThat(run("kb convert").message()).isEqualTo("kb convert needs .drl files: kb convert DIR/*.drl");
    }
}
