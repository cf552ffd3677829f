package org.qantar.shell;

import org.jline.reader.Completer;
import org.jline.reader.Highlighter;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The interactive shell's terminal and line reader, made as Spring Shell's own {@code terminal} and
 * {@code lineReader} beans make them (Qantar never asks for those), with one difference: the
 * terminal is built on a thread of its own from the start of {@code main}, beside Spring's
 * start-up, instead of on the main thread when the first prompt is due. Building it loads JLine's
 * native library and reads the terminal's settings: 100–250 ms on two cores, a tenth of the time
 * to the first prompt.
 */
final class InteractiveTerminal {

    private static CompletableFuture<Terminal> building;

    private InteractiveTerminal() {
    }

    /** Starts building the system terminal, once. */
    static synchronized void start() {
        if (building == null) {
            CompletableFuture<Terminal> target = new CompletableFuture<>();
            building = target;
            Thread t = new Thread(() -> {
                try {
                    target.complete(TerminalBuilder.builder().systemOutput(TerminalBuilder.SystemOutput.SysOut).build());
                } catch (Throwable e) {
                    target.completeExceptionally(e);
                }
            }, "qantar-terminal");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The system terminal (built now if {@link #start()} was not called); the caller closes it. */
    static Terminal await() {
        start();
        CompletableFuture<Terminal> f;
        synchronized (InteractiveTerminal.class) {
            f = building;
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot open the terminal: " + io.getMessage(), io);
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** A line reader on {@code terminal} with Spring Shell's parser, Qantar's completion, highlighting and history. */
    static LineReader lineReader(Terminal terminal, Parser parser, Completer completer, Highlighter highlighter,
                                 History history, Path historyFile) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("Spring Shell")
                .completer(completer)
                .history(history)
                .highlighter(highlighter)
                .parser(parser)
                .build();
        reader.setVariable(LineReader.HISTORY_FILE, historyFile);
        // Tab completes, even at the start of a line (as in Spring Shell's own line reader).
        reader.unsetOpt(LineReader.Option.INSERT_TAB);
        history.attach(reader);
        return reader;
    }
}
