package org.qantar.shell;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.config.ShellControl;
import org.qantar.shell.errors.ErrorLine;
import org.qantar.shell.errors.ErrorMapper;
import org.qantar.shell.input.CommandDispatcher;
import org.qantar.rules.workbench.sessions.SessionAutosave;
import org.qantar.shell.sessions.AutosaveNotices;
import org.qantar.shell.input.Outcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.shell.jline.PromptProvider;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * Runs what the program was asked for: with arguments, that one command (results on stdout, a
 * failure as one line on stderr, exit status 0, 1 or 2); without, the interactive shell. Only the
 * interactive shell asks for the JLine terminal, so one-shot runs and scripts never build one.
 */
final class QantarRunner implements ApplicationRunner {

    private final boolean enabled;
    private final CommandDispatcher dispatcher;
    private final Function<Terminal, LineReader> lineReader;
    private final ShellControl control;
    private final PromptProvider prompt;
    private final ScreenSettings screen;
    private final Workbench workbench;
    private final ExitCode exitCode;
    private final ObjectProvider<AutosaveNotices> autosaveNotices;
    private final ObjectProvider<SessionAutosave> autosave;

    QantarRunner(boolean enabled, CommandDispatcher dispatcher, Function<Terminal, LineReader> lineReader, ShellControl control,
                 PromptProvider prompt, ScreenSettings screen, Workbench workbench, ExitCode exitCode,
                 ObjectProvider<AutosaveNotices> autosaveNotices, ObjectProvider<SessionAutosave> autosave) {
        this.enabled = enabled;
        this.dispatcher = dispatcher;
        this.lineReader = lineReader;
        this.control = control;
        this.prompt = prompt;
        this.screen = screen;
        this.workbench = workbench;
        this.exitCode = exitCode;
        this.autosaveNotices = autosaveNotices;
        this.autosave = autosave;
    }

    /** When the context was ready and the runner began ({@link System#nanoTime()}), for QANTAR_TIMING. */
    static volatile long startedAt;

    @Override
    public void run(ApplicationArguments args) {
        startedAt = System.nanoTime();
        String[] words = args.getSourceArgs();
        if (!enabled) {
            return;
        }
        if (words.length == 0) {
            try (Terminal terminal = InteractiveTerminal.await()) {
                exitCode.set(new InteractiveShell(lineReader.apply(terminal), dispatcher, control, prompt, screen, workbench)
                        .run());
            } catch (IOException e) {
                // Closing the terminal failed after the session ended: nothing is lost.
            }
        } else {
            exitCode.set(runOnce(List.of(words)));
        }
    }

    private int runOnce(List<String> words) {
        PrintWriter out = new PrintWriter(System.out, false);
        Outcome outcome = dispatcher.run(words, out);
        out.flush();
        AutosaveNotices collected = autosaveNotices.getIfAvailable();
        List<String> notices = collected == null ? List.of() : collected.take();
        SessionAutosave autosave = this.autosave.getIfAvailable();
        String notKept = autosave == null ? null : autosave.problem().orElse(null);
        notices.stream().filter(n -> !n.equals(notKept)).forEach(n -> System.err.println("qantar: " + ErrorLine.of(n)));
        if (!outcome.ok()) {
            System.err.println("qantar: " + outcome.message());
            return outcome.status();
        }
        if (notKept != null) {
            // The command worked, but its change is not kept for the next run: a failure (exit 1).
            System.err.println("qantar: " + ErrorLine.of(notKept + "; the change was not kept"));
            return ErrorMapper.FAILURE;
        }
        return outcome.status();
    }
}
