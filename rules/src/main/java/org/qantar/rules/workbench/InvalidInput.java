package org.qantar.rules.workbench;

/**
 * The caller asked for something the workbench cannot do as asked: a malformed literal, both values
 * of one proposition, a session name that is taken. The message is one line that says what was
 * wrong and, where it can, what to ask instead. A front end maps it to its "bad request" (the shell:
 * exit status 2).
 */
public class InvalidInput extends RuntimeException {

    public InvalidInput(String message) {
        super(message, null, false, false);
    }
}
