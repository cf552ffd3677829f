package org.qantar.shell.errors;

/**
 * The user typed something the shell cannot act on: an unknown command, option or id, a malformed
 * literal, a missing argument. Exit status 2. The message is one line that says what was wrong and,
 * where it can, what to type instead.
 */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
