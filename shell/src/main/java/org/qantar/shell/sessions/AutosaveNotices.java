package org.qantar.shell.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the autosave's one-line notices go (a write that failed, another process's version kept).
 * The interactive shell shows each at once on stderr; a one-shot command collects them, so that it
 * can end with one line and exit status 1 when its change could not be kept.
 */
public final class AutosaveNotices implements Consumer<String> {

    private final List<String> collected = new ArrayList<>();
    private volatile boolean immediate;

    /** Shows notices at once from now on (the interactive shell), instead of collecting them. */
    public void showImmediately() {
        immediate = true;
    }

    @Override
    public synchronized void accept(String notice) {
        if (immediate) {
            System.err.println("qantar: " + notice);
        } else {
            collected.add(notice);
        }
    }

    /** The notices collected so far; then forgotten. */
    public synchronized List<String> take() {
        List<String> taken = List.copyOf(collected);
        collected.clear();
        return taken;
    }
}
