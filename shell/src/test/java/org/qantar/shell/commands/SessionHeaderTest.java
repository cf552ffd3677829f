package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.shell.config.QantarPrompt;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.render.Screen;
import org.qantar.shell.render.SessionHeader;
import org.qantar.shell.sessions.SessionHeaders;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

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

    /** The output with its first line break read as the header's separator (a long header takes two lines). */
    private static String header(String text) {
        return text.replaceFirst("\n", " \u00b7 ");
    }

    @Test
    void the_lens_and_unsaved_changes_head_status_simulate_and_compare_and_show_in_the_prompt() {
        int voices = kb().voices().size();
        String source = sourceWithClaims();
        String driver = kb().propositions().stream().filter(p -> p.isDriver()).findFirst().orElseThrow().id();
        assertThat(firstLine(run("status").output()))
                .isEqualTo("session untitled \u00b7 0 assumed \u00b7 lens all: " + voices + " of " + voices + " voices"
                        + " \u00b7 every claim \u00b7 record on");
        assertThat(prompt()).isEqualTo("qantar [untitled \u00b7 0 assumed]> ");

        run("lens " + source);
        run("assume " + driver);

        String expected = "session untitled (unsaved changes) \u00b7 1 assumed \u00b7 lens " + source + ": 1 of "
                + voices + " voices \u00b7 every claim \u00b7 record on";
        assertThat(header(run("status").output())).startsWith(expected);
        assertThat(header(run("simulate --samples 100").output())).startsWith(expected);
        assertThat(header(run("compare").output())).startsWith(expected);
        assertThat(prompt()).isEqualTo("qantar [untitled* \u00b7 1 assumed \u00b7 lens " + source + "]> ");

        run("save header-test");

        assertThat(firstLine(run("status").output())).startsWith("session header-test \u00b7 1 assumed");
        assertThat(prompt()).isEqualTo("qantar [header-test \u00b7 1 assumed \u00b7 lens " + source + "]> ");
        assertThat(run("status --json").output()).startsWith("{");
    }

    /** Issue 13: the confidence floor and the record state belong in the same header, on all three commands. */
    @Test
    void the_confidence_floor_and_the_record_head_status_simulate_and_compare_and_show_in_the_prompt() {
        run("confidence likely");
        run("record off");

        for (String command : List.of("status", "simulate --samples 100", "compare")) {
            String output = run(command).output();
            assertThat(header(output)).as(command).contains(" \u00b7 claims \u2265 likely \u00b7 record off\n");
            // status says it once: no second line about the lens, floor and record
            assertThat(output).as(command).doesNotContain("counting claims");
        }
        assertThat(prompt()).isEqualTo("qantar [untitled* \u00b7 0 assumed \u00b7 \u2265 likely \u00b7 record off]> ");
    }

    /** The header stays within the screen: on a narrow one it breaks between its parts. */
    @Test
    void the_header_breaks_between_its_parts_on_a_narrow_screen() {
        String line = new SessionHeader("a-session-name-of-some-length-to-fill-the-line", 12, List.of("cepa", "carnegie"),
                true, Confidence.LIKELY, false).line(kb());
        Screen narrow = new Screen(60, false);

        String rendered = new SessionHeader("a-session-name-of-some-length-to-fill-the-line", 12,
                List.of("cepa", "carnegie"), true, Confidence.LIKELY, false).render(kb(), narrow);

        assertThat(line.length()).isGreaterThan(60);
        assertThat(rendered.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
        // nothing lost: the lines are the header's words, in order
        assertThat(String.join(" ", rendered.lines().toList()).replace(" \u00b7 ", " "))
                .isEqualTo(line.replace(" \u00b7 ", " "));
        assertThat(rendered.lines()).noneMatch(l -> l.startsWith("\u00b7") || l.endsWith("\u00b7"));
    }
}
