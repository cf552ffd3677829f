package org.qantar.shell.errors;

/**
 * A well-formed command that could not do its work (a file that cannot be read, a knowledge base
 * that fails validation). Exit status 1 unless a more specific status is given. The message is
 * one line.
 */
public class CommandFailure extends RuntimeException {

    private final int exitStatus;

    public CommandFailure(String message) {
        this(message, 1);
    }

    public CommandFailure(String message, int exitStatus) {
        super(message, null, false, false);
        this.exitStatus = exitStatus;
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
        this.exitStatus = 1;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
