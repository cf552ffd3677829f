package org.qantar.shell.input;

/**
 * How running one command line ended: exit status 0 with no message, or the status and the
 * one-line message to show the user.
 */
public record Outcome(int status, String message) {

    public static final Outcome OK = new Outcome(0, "");

    public boolean ok() {
        return status == 0;
    }
}
