package org.qantar.shell;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.Signals;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.EngineLoader;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.config.ShellControl;
import org.qantar.shell.history.QantarHistory;
import org.qantar.shell.input.CommandDispatcher;
import org.qantar.shell.input.Outcome;
import org.qantar.shell.input.ShortWordMatcher;
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

    InteractiveShell(LineReader reader, CommandDispatcher dispatcher, ShellControl control, PromptProvider prompt,
                     ScreenSettings screen, Workbench workbench) {
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.control = control;
        this.prompt = prompt;
        this.screen = screen;
        this.workbench = workbench;
    }

    int run() {
        Terminal terminal = reader.getTerminal();
        PrintWriter out = terminal.writer();
        // "!x" is a negated literal here, never a history event.
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        if (reader instanceof LineReaderImpl impl) {
            impl.setCompletionMatcher(new ShortWordMatcher());
        }
        screen.followTerminal(terminal);
        // Ctrl-C while a command runs interrupts that command (one that checks), never the session.
        Thread shell = Thread.currentThread();
        terminal.handle(Terminal.Signal.INT, signal -> shell.interrupt());
        if (isDumb(terminal)) {
            // A dumb terminal (TERM=dumb) installs no native signal handler, so the JVM's default
            // would end the whole shell on Ctrl-C: route it to the terminal's handler as others do.
            Signals.register("INT", () -> terminal.raise(Terminal.Signal.INT));
        }
        out.println(welcome(workbench.knowledgeBase()));
        showHistoryNotices(out);
        // The rule base is built while the first prompt waits for the user (the first command that
        // needs an evaluation waits for it, if typed sooner).
        EngineLoader.warmUp();
        while (!control.exitRequested()) {
            String line;
            try {
                line = reader.readLine(prompt.getPrompt().toAnsi(terminal));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            // A Ctrl-C that arrived while the line was typed must not interrupt the command it runs.
            Thread.interrupted();
            Outcome outcome = dispatcher.run(line, out);
            Thread.interrupted();
            if (!outcome.ok()) {
                out.println(screen.get().paint(outcome.message(), Style.RED));
            }
            showHistoryNotices(out);
            out.flush();
        }
        return 0;
    }

    private static boolean isDumb(Terminal terminal) {
        String type = terminal.getType();
        return type != null && type.startsWith(Terminal.TYPE_DUMB);
    }

    /** A history file that cannot be used is said once, in one line, and the shell goes on. */
    private void showHistoryNotices(PrintWriter out) {
        if (reader.getHistory() instanceof QantarHistory history) {
            history.takeNotices().forEach(n -> out.println("qantar: " + n));
        }
    }

    private static String welcome(KnowledgeBase kb) {
        return "Qantar: " + kb.sources().size() + " sources, " + kb.propositions().size() + " propositions, "
                + kb.claims().size() + " claims. help lists the commands, Tab completes, exit leaves.";
    }
}
