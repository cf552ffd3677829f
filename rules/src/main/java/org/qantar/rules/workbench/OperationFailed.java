package org.qantar.rules.workbench;

/**
 * A well-formed request that could not be carried out: a session file that cannot be read or
 * written, a disk that fails. The message is one line; the cause is kept for diagnosis. A front end
 * maps it to its "failure" (the shell: exit status 1).
 */
public class OperationFailed extends RuntimeException {

    public OperationFailed(String message) {
        super(message, null, false, false);
    }

    public OperationFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
