package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Claim;
import org.qantar.shell.config.ShellControl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandRegistry;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ShellCommandsTest extends ShellTestBase {

    @Autowired
    CommandRegistry registry;

    @Autowired
    ShellControl control;

    @Test
    void help_lists_every_command_with_its_description() throws Exception {
        String out = send("help");

        registry.getCommands().forEach(c -> {
            assertThat(c.getDescription()).as(c.getName()).isNotBlank().isNotEqualTo("N/A");
            assertThat(out).contains("  " + c.getName() + " ");
        });
    }

    @Test
    void every_command_has_help_text_that_starts_with_its_usage() {
        registry.getCommands().forEach(c ->
                assertThat(c.getHelp()).as(c.getName()).startsWith("usage: " + c.getName()));
    }

    @Test
    void help_command_and_dash_dash_help_show_the_same_page() throws Exception {
        String viaHelp = send("help assume");
        Run viaOption = run("assume --help");

        assertThat(viaHelp).startsWith("assume - ").contains("usage: assume LITERAL...");
        assertThat(viaOption.output().strip()).isEqualTo(viaHelp.strip());
        assertThat(send("help kb verify")).contains("--texts TEXTS");
    }

    @Test
    void unknown_commands_are_usage_errors_with_the_nearest_names() {
        Run typo = run("stauts");
        Run helpTypo = run("help asume");
        Run nonsense = run("qwertyuiop");

        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.message()).isEqualTo("unknown command 'stauts' (did you mean status?)");
        assertThat(helpTypo.status()).isEqualTo(2);
        assertThat(helpTypo.message()).contains("assume");
        assertThat(nonsense.message()).isEqualTo("unknown command 'qwertyuiop' (help lists the commands)");
    }

    @Test
    void a_script_runs_in_this_session_skipping_comments_and_blank_lines(@TempDir Path dir) throws Exception {
        Claim claim = chainingClaim();
        Path script = Files.writeString(dir.resolve("s.qantar"),
                "# set up\n\nassume " + premisesOf(claim) + "   # the premises\nstatus\n");

        Run r = run("script " + script);

        assertThat(r.status()).isZero();
        assertThat(r.output()).contains("OPEN -> ASSUMED").contains("Outcomes (");
        assertThat(workbench.assumptions()).hasSameSizeAs(claim.premises());
    }

    @Test
    void a_script_stops_at_the_first_error_with_its_line_number_and_status(@TempDir Path dir) throws Exception {
        String id = kb().propositionIds().get(0);
        Path script = Files.writeString(dir.resolve("bad.qantar"),
                "assume " + id + "\n# comment\nassume " + misspelt(id) + "\nreset\n");

        Run r = run("script " + script);

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.message()).startsWith(script + ":3: unknown proposition '" + misspelt(id) + "'");
        assertThat(workbench.assumptions()).as("line 4 never ran").hasSize(1);
    }

    @Test
    void a_missing_script_is_a_failure_and_exit_ends_a_script(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("exit.qantar"), "exit\nassume " + kb().propositionIds().get(0) + "\n");

        Run missing = run("script " + dir.resolve("nope"));
        Run exits = run("script " + script);

        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.message()).startsWith("cannot read ").endsWith("no such file");
        assertThat(exits.status()).isZero();
        assertThat(workbench.assumptions()).isEmpty();
        assertThat(control.exitRequested()).isFalse();
    }

    /** Hostile tests, minor: invalid UTF-8 gave "cannot read FILE: Input length = 1", naming no line. */
    @Test
    void a_script_with_bytes_that_are_not_utf8_stops_at_that_line_after_running_the_lines_before(@TempDir Path dir)
            throws Exception {
        String id = kb().propositionIds().get(0);
        byte[] bad = {'s', 't', 'a', 't', 'u', 's', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        Path script = dir.resolve("bad-utf8.qantar");
        Files.write(script, ("assume " + id + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(script, bad, java.nio.file.StandardOpenOption.APPEND);

        Run r = run("script " + script);

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.message()).isEqualTo(script + ":2: line 2 is not UTF-8 text (is it a script?)");
        assertThat(workbench.assumptions()).hasSize(1);
    }

    /** Hostile tests, minor: script /dev/zero read the whole "file" and ended in OutOfMemoryError. */
    @Test
    void a_script_line_is_bounded_so_an_endless_file_ends_in_one_line(@TempDir Path dir) throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "needs /dev/zero");

        Run r = run("script " + zero);

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.message()).isEqualTo(zero + ":1: line 1 is longer than 1 MiB (is it a script?)");
    }

    @Test
    void exit_asks_the_runner_to_stop() {
        Run r = run("exit");

        assertThat(r.status()).isZero();
        assertThat(control.exitRequested()).isTrue();
        control.clearExit();
    }

    @Test
    void a_broken_quote_is_one_usage_line() {
        Run r = run("assume \"unclosed");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.message()).startsWith("unclosed \" quote");
    }
}
