package org.qantar.shell;

import org.jline.reader.LineReader;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.QantarHome;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.config.ShellControl;
import org.qantar.shell.input.CommandDispatcher;
import org.qantar.shell.input.Outcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.shell.jline.PromptProvider;

import java.io.PrintWriter;
import java.util.List;

/**
 * Runs what the program was asked for: with arguments, that one command (results on stdout, a
 * failure as one line on stderr, exit status 0, 1 or 2); without, the interactive shell. Only the
 * interactive shell asks for the JLine terminal, so one-shot runs and scripts never build one.
 */
final class QantarRunner implements ApplicationRunner {

    private final boolean enabled;
    private final CommandDispatcher dispatcher;
    private final ObjectProvider<LineReader> lineReader;
    private final ShellControl control;
    private final PromptProvider prompt;
    private final ScreenSettings screen;
    private final Workbench workbench;
    private final QantarHome home;
    private final ExitCode exitCode;

    QantarRunner(boolean enabled, CommandDispatcher dispatcher, ObjectProvider<LineReader> lineReader, ShellControl control,
                 PromptProvider prompt, ScreenSettings screen, Workbench workbench, QantarHome home, ExitCode exitCode) {
        this.enabled = enabled;
        this.dispatcher = dispatcher;
        this.lineReader = lineReader;
        this.control = control;
        this.prompt = prompt;
        this.screen = screen;
        this.workbench = workbench;
        this.home = home;
        this.exitCode = exitCode;
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
            exitCode.set(new InteractiveShell(lineReader.getObject(), dispatcher, control, prompt, screen, workbench,
                    home).run());
        } else {
            exitCode.set(runOnce(List.of(words)));
        }
    }

    private int runOnce(List<String> words) {
        PrintWriter out = new PrintWriter(System.out, false);
        Outcome outcome = dispatcher.run(words, out);
        out.flush();
        if (!outcome.ok()) {
            System.err.println("qantar: " + outcome.message());
        }
        return outcome.status();
    }
}
