package org.qantar.shell;

/** The process's exit status, set by the runner and read by {@code main} once the context closes. */
final class ExitCode {

    private volatile int value;

    int get() {
        return value;
    }

    void set(int value) {
        this.value = value;
    }
}
