package org.qantar.shell.config;

/** What the {@code exit} command asks of whoever runs commands: stop reading more. */
public final class ShellControl {

    private volatile boolean exitRequested;

    public void requestExit() {
        exitRequested = true;
    }

    public boolean exitRequested() {
        return exitRequested;
    }

    /** Forget an exit request (a script's {@code exit} ends the script, not the shell). */
    public void clearExit() {
        exitRequested = false;
    }
}
