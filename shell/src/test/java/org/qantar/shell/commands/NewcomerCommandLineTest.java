package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.qantar.shell.input.Tokenizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer types first (newcomer trial #6, #10, #13, #36; hostile tests: unbounded echoes,
 * escape injection): program options, the README's own examples, extra words, huge input.
 */
class NewcomerCommandLineTest extends ShellTestBase {

    @Test
    void dash_dash_help_and_dash_h_are_help() {
        Run help = run("help");

        for (String line : List.of("--help", "-h")) {
            Run run = run(line);
            assertThat(run.status()).as(line).isZero();
            assertThat(run.output()).as(line).isEqualTo(help.output());
        }
        assertThat(run("--help assume").output()).isEqualTo(run("help assume").output());
    }

    @Test
    void dash_dash_version_names_the_version() {
        Run version = run("--version");

        assertThat(version.status()).isZero();
        assertThat(version.output()).matches("qantar \\d+\\.\\d+\\.\\d+\\S* \\(Java \\S+\\)\\s*");
        assertThat(run("version").output()).isEqualTo(version.output());
    }

    @Test
    void extra_arguments_are_refused_like_unknown_options() {
        for (String line : List.of("sources extra", "status extra", "exit now", "script a.txt extra",
                "kb verify --texts a temporary folder", "claim " + kb().claims().get(0).id() + " more")) {
            Run run = run(line);
            assertThat(run.status()).as(line).isEqualTo(2);
            assertThat(run.message()).as(line).contains("takes").contains("got also");
        }
        assertThat(run("sources extra").message()).startsWith("sources takes no arguments, got also: extra");
    }

    @Test
    void every_command_line_the_readme_shows_parses() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher m = Pattern.compile("(?m)^qantar(?: \\[[^\\]]*\\])?> (.*?)(?:\\s+#.*)?$").matcher(readme);
        int lines = 0;
        while (m.find()) {
            String line = m.group(1).replace("<Tab>", "");
            if (line.isBlank()) {
                continue;
            }
            lines++;
            List<String> words = Tokenizer.words(line);
            assertThat(words).as(line).isNotEmpty();
            assertThat(dispatcher.parser().commandNames()).as(line)
                    .anyMatch(name -> String.join(" ", words).equals(name) || String.join(" ", words).startsWith(name + " "));
        }
        assertThat(lines).isGreaterThan(5);
    }

    @Test
    void an_error_line_never_echoes_more_than_a_few_hundred_characters() {
        String huge = "x".repeat(5_000);
        Run unknownId = run("why " + huge);
        Run unclosed = run("note \"" + "word ".repeat(200_000));

        assertThat(unknownId.status()).isEqualTo(2);
        assertThat(unknownId.message()).startsWith("unknown proposition").hasSizeLessThan(300).contains(" characters)");
        assertThat(unclosed.status()).isEqualTo(2);
        assertThat(unclosed.message()).startsWith("unclosed").hasSizeLessThan(300);
    }

    @Test
    void a_note_with_terminal_control_characters_is_shown_escaped() {
        run("note 'title\u001b]0;pwned\u0007 clear\u001b[2J'");

        Run shown = run("note");

        assertThat(shown.output()).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("title\\e]0;pwned\\x07 clear\\e[2J");
    }

    @Test
    void why_trees_fit_80_columns() {
        // given a scenario with deep trees (newcomer trial #12: leaves broken by the terminal)
        send_quietly("assume " + premisesOf(chainingClaim()));
        org.qantar.rules.Evaluation e = workbench.evaluation();
        org.qantar.shell.render.Screen narrow = org.qantar.shell.render.Screen.plain(80);

        // then every line of every proposition's tree is at most 80 columns
        for (String id : kb().propositionIds()) {
            String tree = org.qantar.shell.render.JustificationView.render(
                    org.qantar.rules.Justifier.explain(kb(), e, id), kb(), e, narrow);
            tree.lines().forEach(l -> assertThat(org.qantar.shell.render.Text.width(l)).as(id + ": " + l)
                    .isLessThanOrEqualTo(80));
        }
    }

    private void send_quietly(String line) {
        assertThat(run(line).status()).as(line).isZero();
    }
}
