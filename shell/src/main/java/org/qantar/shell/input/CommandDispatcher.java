package org.qantar.shell.input;

import org.qantar.rules.kb.KnowledgeBaseSource;
import org.qantar.shell.errors.ErrorLine;
import org.qantar.shell.errors.ErrorMapper;
import org.qantar.shell.render.HelpView;
import org.qantar.shell.render.Screen;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one command line against the registry: every mode (one-shot, script, interactive) goes
 * through here, so they parse, fail and report alike. Results go to {@code out}; a failure becomes
 * an {@link Outcome} with a one-line message (never a stack trace, unless {@code QANTAR_DEBUG} is
 * set), and nothing thrown by a command escapes, so an error never ends the session.
 */
public final class CommandDispatcher {

    private static final InputReader NO_INPUT = new InputReader() {
    };

    private final CommandRegistry registry;
    private final InvocationParser parser;
    private final ErrorMapper errors;
    private final Supplier<Screen> screen;
    private final Supplier<KnowledgeBaseSource> kbInUse;

    public CommandDispatcher(CommandRegistry registry, ErrorMapper errors, Supplier<Screen> screen) {
        this(registry, errors, screen, () -> null);
    }

    /**
     * @param kbInUse the knowledge base the session is on, asked only when a line carries {@code --kb}
     *                ({@link KbOptionInShell})
     */
    public CommandDispatcher(CommandRegistry registry, ErrorMapper errors, Supplier<Screen> screen,
                             Supplier<KnowledgeBaseSource> kbInUse) {
        this.registry = registry;
        this.parser = new InvocationParser(registry);
        this.errors = errors;
        this.screen = screen;
        this.kbInUse = kbInUse;
    }

    /** Tokenizes and runs one line; a blank or comment-only line is success with no output. */
    public Outcome run(String line, PrintWriter out) {
        List<String> words;
        try {
            words = Tokenizer.words(line);
        } catch (RuntimeException e) {
            return failure(e);
        }
        return words.isEmpty() ? Outcome.OK : run(words, out);
    }

    /** Runs one command given as words (already split, as a program's arguments are). */
    public Outcome run(List<String> words, PrintWriter out) {
        try {
            Invocation invocation = parser.parse(KbOptionInShell.strip(words, kbInUse));
            if (invocation.help()) {
                out.print(HelpView.command(invocation.command(), screen.get()));
                return Outcome.OK;
            }
            ExitStatus status = invocation.command()
                    .execute(new CommandContext(invocation.input(), registry, out, NO_INPUT));
            if (status.code() == 0) {
                return Outcome.OK;
            }
            int code = status.code() == ExitStatus.USAGE_ERROR.code() ? ErrorMapper.USAGE
                    : status.code() > 0 ? status.code() : ErrorMapper.FAILURE;
            return new Outcome(code, ErrorLine.of(status.description()));
        } catch (Throwable e) {
            return failure(e);
        } finally {
            out.flush();
        }
    }

    public InvocationParser parser() {
        return parser;
    }

    private Outcome failure(Throwable e) {
        if (e instanceof VirtualMachineError fatal && !(fatal instanceof StackOverflowError)) {
            throw fatal;
        }
        if (System.getenv("QANTAR_DEBUG") != null) {
            e.printStackTrace();
        }
        Exception asException = e instanceof Exception ex ? ex : new RuntimeException(e);
        ExitStatus status = errors.apply(asException);
        return new Outcome(status.code(), ErrorLine.of(status.description()));
    }
}
