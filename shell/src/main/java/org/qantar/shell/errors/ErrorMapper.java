package org.qantar.shell.errors;

import org.qantar.rules.kb.KnowledgeBaseProblems;
import org.qantar.rules.workbench.InvalidInput;
import org.qantar.rules.workbench.OperationFailed;
import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;

/**
 * The one place where exceptions become exit statuses and one-line messages, so that commands
 * never catch to print: {@link UsageException} and the workbench's {@link InvalidInput} are 2,
 * {@link CommandFailure} its own status (1), the workbench's {@link OperationFailed} 1,
 * Spring Shell's complaints about the command line (a missing required option, a value that does
 * not convert) are 2, anything else is 1 with a short description. The description of the
 * returned {@link ExitStatus} is the message the user sees; it never carries a stack trace.
 */
public final class ErrorMapper implements ExitStatusExceptionMapper {

    public static final int USAGE = 2;
    public static final int FAILURE = 1;
    /** What an analysis stopped by Ctrl-C says. */
    public static final String INTERRUPTED = "interrupted";
    /** What a command that ran out of memory says. */
    public static final String OUT_OF_MEMORY = "not enough memory for this result: ask for less (fewer --drivers,"
            + " or without --json), or give Java more, e.g. QANTAR_JAVA_OPTS=-Xmx4g";

    @Override
    public ExitStatus apply(Exception exception) {
        Throwable e = unwrap(exception);
        boolean fromCommandBody = raisedInsideCommand(exception);
        if (e instanceof UsageException u) {
            return new ExitStatus(USAGE, u.getMessage());
        }
        if (e instanceof CommandFailure f) {
            return new ExitStatus(f.exitStatus(), f.getMessage());
        }
        if (e instanceof KnowledgeBaseProblems p) {
            // The one message of more than one line: a line per problem, each saying what to do.
            return new ExitStatus(USAGE, p.getMessage() + p.problems().stream().map(l -> "\n  " + l)
                    .collect(java.util.stream.Collectors.joining()));
        }
        if (e instanceof InvalidInput i) {
            return new ExitStatus(USAGE, i.getMessage());
        }
        if (e instanceof OperationFailed f) {
            return new ExitStatus(FAILURE, f.getMessage());
        }
        if (e instanceof java.util.concurrent.CancellationException || e instanceof InterruptedException) {
            // Ctrl-C stopped a running analysis: normal use, not an unexpected error.
            return new ExitStatus(FAILURE, INTERRUPTED);
        }
        if (e instanceof OutOfMemoryError) {
            // A result too large for the heap (scenarios --json over 20 drivers writes gigabytes):
            // what to ask for instead, not the JVM's words.
            return new ExitStatus(FAILURE, OUT_OF_MEMORY);
        }
        if (e instanceof ConversionException c) {
            return new ExitStatus(USAGE, conversionMessage(c));
        }
        if (e instanceof IllegalArgumentException && !fromCommandBody) {
            // Spring Shell's own argument binding ("Required option '--x' is missing.").
            return new ExitStatus(USAGE, oneLine(e.getMessage()));
        }
        return new ExitStatus(FAILURE, "unexpected error: " + describe(e));
    }

    /** The exception a command body threw, without the reflection and Spring Shell wrappers. */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (true) {
            Throwable next = null;
            if (t instanceof InvocationTargetException ite) {
                next = ite.getTargetException();
            } else if (t instanceof UndeclaredThrowableException ute) {
                next = ute.getUndeclaredThrowable();
            } else if (t instanceof org.springframework.shell.core.command.CommandExecutionException
                    && t.getCause() != null) {
                next = t.getCause();
            }
            if (next == null) {
                return t;
            }
            t = next;
        }
    }

    private static boolean raisedInsideCommand(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvocationTargetException) {
                return true;
            }
        }
        return false;
    }

    private static String conversionMessage(ConversionException c) {
        if (c instanceof org.springframework.core.convert.ConversionFailedException f) {
            return "cannot read '" + f.getValue() + "' as " + f.getTargetType().getType().getSimpleName().toLowerCase()
                    + " (see help)";
        }
        return "cannot read a value: " + oneLine(c.getMessage());
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String name = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + oneLine(message);
    }

    /** The first line of a message: what users see is never more than one line. */
    public static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.length() > 300 ? first.substring(0, 297) + "..." : first;
    }
}
