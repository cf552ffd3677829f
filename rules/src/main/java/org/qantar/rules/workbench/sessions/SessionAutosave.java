package org.qantar.rules.workbench.sessions;

import org.qantar.model.Session;
import org.qantar.model.session.AutosaveFile;
import org.qantar.model.session.SessionFileException;
import org.qantar.model.session.SessionStoreException;
import org.qantar.rules.workbench.WorkbenchState;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The working session written to {@code QANTAR_HOME/autosave.json} after every change, so that a
 * crash or a kill loses at most the command in flight, and restored on the next start.
 *
 * <p>The rule when several processes share it: a one-shot command {@linkplain #holdForThisRun()
 * holds} the autosave's lock from before it restores until it exits, so parallel one-shot commands
 * run one after the other and none loses another's change; a shell takes the lock for each write
 * only, and when another process changed the autosave since the shell last read or wrote it, that
 * version is kept (see {@link AutosaveFile#write}) and the shell says so in one line before its own
 * session replaces it. An unreadable autosave that cannot be moved aside is never overwritten: the
 * autosave stays off.
 */
public final class SessionAutosave {

    private final WorkingSession working;
    private final AutosaveFile file;
    private final Consumer<String> problems;
    private volatile boolean enabled;
    private volatile String problem;
    private volatile String keepUnreadable;
    private boolean listening;

    /**
     * @param problems told, in one line, when an autosave fails (once until one works again): the
     *                 front end decides where that goes (the shell: stderr)
     */
    public SessionAutosave(WorkingSession working, AutosaveFile file, Consumer<String> problems) {
        this.working = Objects.requireNonNull(working, "working");
        this.file = Objects.requireNonNull(file, "file");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    public AutosaveFile file() {
        return file;
    }

    /**
     * What {@link #restore} did, in one line.
     *
     * @param problem whether the autosave could not be used (it was moved aside)
     */
    public record Restored(String line, boolean problem) {
    }

    /**
     * Restores the autosaved working session, if there is one, and says so in one line. An autosave
     * that cannot be used is moved aside (never deleted) and the session starts empty.
     *
     * @return the line to show, or empty when there was nothing to restore
     */
    /**
     * Makes this process's restore and its writes one step: the lock is held until the process
     * exits (a one-shot command). Call before {@link #restore}.
     *
     * @throws org.qantar.model.session.SessionStoreException if another process holds it too long
     */
    public void holdForThisRun() {
        file.hold();
    }

    public Optional<Restored> restore() {
        Session saved;
        try {
            Optional<Session> found = file.read();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            saved = found.get();
        } catch (SessionFileException e) {
            return Optional.of(new Restored("could not restore the working session (" + e.problem() + "); "
                    + setAside(), true));
        }
        try {
            // Evaluated when first needed: an interactive shell shows its prompt before the rule base is built.
            working.restore(saved, true);
        } catch (RuntimeException e) {
            return Optional.of(new Restored("could not restore the working session (" + e.getMessage() + "); "
                    + setAside(), true));
        }
        List<String> unknown = working.workbench().unknownAssumptions();
        StringBuilder line = new StringBuilder("restored the working session '").append(saved.name()).append("' (")
                .append(saved.assumptions().size()).append(saved.assumptions().size() == 1 ? " assumption" : " assumptions");
        if (!unknown.isEmpty()) {
            line.append(", ").append(unknown.size()).append(" about propositions the knowledge base lacks, kept");
        }
        line.append(") from ").append(file.file());
        return Optional.of(new Restored(line.toString(), false));
    }

    /** Writes the autosave after every change of the working session from now on; again, it does nothing more. */
    public synchronized void start() {
        if (!listening) {
            working.workbench().addChangeListener(this::write);
            listening = true;
        }
        enabled = true;
    }

    /** Stops writing the autosave (tests; a shell that must not touch the disk). */
    public void stop() {
        enabled = false;
    }

    /** Why the last autosave failed, or empty if it succeeded. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private void write(WorkbenchState state) {
        if (!enabled) {
            return;
        }
        if (keepUnreadable != null) {
            problem = "the working session is not autosaved: " + keepUnreadable;
            return;
        }
        try {
            Optional<Path> kept = file.write(working.of(state));
            kept.ifPresent(k -> problems.accept("another qantar changed the working session since this one read it;"
                    + " kept that version as " + k + ", and this session replaces it"));
            problem = null;
        } catch (SessionStoreException | IllegalArgumentException e) {
            // A failed autosave must not fail the command that changed the session: it is reported,
            // once until it works again, and the session goes on.
            if (problem == null) {
                problems.accept(e.getMessage());
            }
            problem = e.getMessage();
        }
    }

    private String setAside() {
        try {
            Path aside = file.setAside(working.clock());
            return "kept it as " + aside + " and started a new one";
        } catch (SessionStoreException e) {
            // Writing the new session would destroy the unreadable one it was meant to keep.
            keepUnreadable = file.file() + " could not be moved aside (" + e.getMessage() + "), so it is kept as it is";
            return "started a new one, not autosaved: " + e.getMessage();
        }
    }
}
