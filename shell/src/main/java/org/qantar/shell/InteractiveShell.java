package org.qantar.shell;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.QantarHome;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.config.ShellControl;
import org.qantar.shell.input.CommandDispatcher;
import org.qantar.shell.input.Outcome;
import org.qantar.shell.render.Style;
import org.springframework.shell.jline.PromptProvider;

import java.io.PrintWriter;

/**
 * The read-eval-print loop on a JLine terminal: prompt, history (kept under {@code QANTAR_HOME}),
 * completion, and errors as one red line that never end the session. Ctrl-C abandons the line
 * being typed, or interrupts the command running; Ctrl-D or {@code exit} leaves.
 */
final class InteractiveShell {

    private final LineReader reader;
    private final CommandDispatcher dispatcher;
    private final ShellControl control;
    private final PromptProvider prompt;
    private final ScreenSettings screen;
    private final Workbench workbench;
    private final QantarHome home;

    InteractiveShell(LineReader reader, CommandDispatcher dispatcher, ShellControl control, PromptProvider prompt,
                     ScreenSettings screen, Workbench workbench, QantarHome home) {
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.control = control;
        this.prompt = prompt;
        this.screen = screen;
        this.workbench = workbench;
        this.home = home;
    }

    int run() {
        Terminal terminal = reader.getTerminal();
        PrintWriter out = terminal.writer();
        // "!x" is a negated literal here, never a history event.
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        screen.followTerminal(terminal);
        // Ctrl-C while a command runs interrupts that command (one that checks), never the session.
        Thread shell = Thread.currentThread();
        terminal.handle(Terminal.Signal.INT, signal -> shell.interrupt());
        try {
            home.ensureExists();
        } catch (RuntimeException e) {
            out.println("qantar: history will not be kept: " + e.getMessage());
        }
        out.println(welcome(workbench.knowledgeBase()));
        while (!control.exitRequested()) {
            String line;
            try {
                line = reader.readLine(prompt.getPrompt().toAnsi(terminal));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            Outcome outcome = dispatcher.run(line, out);
            Thread.interrupted();
            if (!outcome.ok()) {
                out.println(screen.get().paint(outcome.message(), Style.RED));
            }
            out.flush();
        }
        return 0;
    }

    private static String welcome(KnowledgeBase kb) {
        return "Qantar: " + kb.sources().size() + " sources, " + kb.propositions().size() + " propositions, "
                + kb.claims().size() + " claims. help lists the commands, Tab completes, exit leaves.";
    }
}
