package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.qantar.shell.config.QantarPrompt;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.sessions.SessionHeaders;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer trial #8: after {@code lens cepa} the prompt and {@code status} still looked as if every
 * source counted. The lens and unsaved changes show in the prompt and in a header line on
 * {@code status}, {@code simulate} and {@code compare}.
 */
class SessionHeaderTest extends SessionShellTestBase {

    @Autowired
    ScreenSettings screen;

    @Autowired
    SessionHeaders headers;

    private String prompt() {
        return new QantarPrompt(workbench, screen, headers).text();
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    @Test
    void the_lens_and_unsaved_changes_head_status_simulate_and_compare_and_show_in_the_prompt() {
        int voices = kb().voices().size();
        String source = sourceWithClaims();
        String driver = kb().propositions().stream().filter(p -> p.isDriver()).findFirst().orElseThrow().id();
        assertThat(firstLine(run("status").output()))
                .isEqualTo("session untitled \u00b7 0 assumed \u00b7 lens all: " + voices + " of " + voices + " voices");
        assertThat(prompt()).isEqualTo("qantar [untitled \u00b7 0 assumed]> ");

        run("lens " + source);
        run("assume " + driver);

        String expected = "session untitled (unsaved changes) \u00b7 1 assumed \u00b7 lens " + source + ": 1 of "
                + voices + " voices";
        assertThat(firstLine(run("status").output())).isEqualTo(expected);
        assertThat(firstLine(run("simulate --samples 100").output())).isEqualTo(expected);
        assertThat(firstLine(run("compare").output())).isEqualTo(expected);
        assertThat(prompt()).isEqualTo("qantar [untitled* \u00b7 1 assumed \u00b7 lens " + source + "]> ");

        run("save header-test");

        assertThat(firstLine(run("status").output())).startsWith("session header-test \u00b7 1 assumed");
        assertThat(prompt()).isEqualTo("qantar [header-test \u00b7 1 assumed \u00b7 lens " + source + "]> ");
        assertThat(run("status --json").output()).startsWith("{");
    }
}
