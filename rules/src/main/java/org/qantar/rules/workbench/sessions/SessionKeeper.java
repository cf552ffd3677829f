package org.qantar.rules.workbench.sessions;

import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Session;
import org.qantar.model.session.SessionDiff;
import org.qantar.model.session.SessionFileException;
import org.qantar.model.session.SessionName;
import org.qantar.model.session.SessionStore;
import org.qantar.model.session.SessionStoreException;
import org.qantar.model.session.SessionSummary;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.workbench.InvalidInput;
import org.qantar.rules.workbench.OperationFailed;
import org.qantar.rules.workbench.Suggestions;
import org.qantar.rules.workbench.UnknownId;
import org.qantar.rules.workbench.Workbench;
import org.qantar.rules.workbench.WorkbenchState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Named sessions on disk ({@link SessionStore}) for the working session: save, load, list, delete,
 * rename, compare. Turns every store failure into the workbench's one-line errors: a name the user
 * got wrong is an {@link InvalidInput} (a session nobody saved an {@link UnknownId}), a file or disk
 * that fails is an {@link OperationFailed}. A failure never changes the working session.
 */
public final class SessionKeeper {

    /** The word {@code diff} takes for the working session. */
    public static final String CURRENT = "current";

    private final WorkingSession working;
    private final Workbench workbench;
    private final SessionStore store;

    public SessionKeeper(WorkingSession working, SessionStore store) {
        this.working = Objects.requireNonNull(working, "working");
        this.workbench = working.workbench();
        this.store = Objects.requireNonNull(store, "store");
    }

    public SessionStore store() {
        return store;
    }

    // ---------------------------------------------------------------- the working session

    /**
     * Whether the working session holds something a load would lose: it is not empty, and it has no
     * file yet or its inputs or note differ from its file's.
     */
    public boolean hasUnsavedChanges() {
        WorkbenchState state = workbench.state();
        boolean empty = state.assumptions().isEmpty() && state.lens().isEmpty() && state.priors().isEmpty()
                && state.note().isEmpty() && state.record() && state.minConfidence() == Confidence.POSSIBLE;
        if (empty) {
            return false;
        }
        if (!SessionName.isValid(state.name()) || !store.exists(state.name())) {
            return true;
        }
        try {
            WorkbenchState saved = WorkingSession.stateOf(store.load(state.name()));
            return !new TreeSet<>(saved.assumptions()).equals(new TreeSet<>(state.assumptions()))
                    || !new TreeSet<>(knownSources(saved.lens())).equals(new TreeSet<>(state.lens()))
                    || !saved.priors().equals(state.priors())
                    || !saved.note().equals(state.note())
                    || saved.record() != state.record()
                    || saved.minConfidence() != state.minConfidence();
        } catch (SessionStoreException e) {
            return true;
        }
    }

    /** Sets the note kept with the working session (saved with it by the next save). */
    public void note(String text) {
        workbench.setNote(text);
    }

    // ---------------------------------------------------------------- named sessions

    /** What {@link #save} did. */
    public record Saved(Session session, Path file, boolean replaced) {
    }

    /**
     * Saves the working session as {@code name} (or under its own name when null) and names the
     * working session so.
     *
     * @param force replace a different session of that name
     */
    public Saved save(String name, boolean force) {
        String target = name != null ? name : workbench.sessionName();
        if (name == null && Workbench.UNTITLED.equals(target)) {
            throw new InvalidInput("this session has no name yet: save NAME");
        }
        requireNewName(target);
        boolean exists = store.exists(target);
        if (exists && !force && !target.equals(workbench.sessionName())) {
            throw new InvalidInput("a session named '" + target + "' exists already: save " + target
                    + " --force replaces it, or choose another name");
        }
        Session session = working.current().withName(target);
        Path file;
        try {
            file = store.save(session);
        } catch (SessionStoreException e) {
            throw new OperationFailed(e.getMessage(), e);
        }
        if (!target.equals(workbench.sessionName())) {
            workbench.rename(target);
        }
        return new Saved(session, file, exists);
    }

    /**
     * What {@link #load} did.
     *
     * @param unknownAssumptions assumptions about propositions this knowledge base lacks, kept
     * @param ignoredLens        lens sources this knowledge base lacks, not counted
     * @param kbChanged          whether the file was saved under another knowledge base
     * @param moved              if so, the propositions whose status differs from the one saved
     * @param otherKbName         the name of the knowledge base the file was saved under when it is not
     *                            this one's ({@code shipped} or a directory's name); empty when the same
     *                            or not recorded
     */
    public record Loaded(Session session, List<String> unknownAssumptions, List<String> ignoredLens,
                         boolean kbChanged, List<SessionDiff.Line> moved, String otherKbName) {
    }

    /**
     * Replaces the working session with the saved session {@code name}, re-evaluated.
     *
     * @param force drop unsaved changes of the working session
     */
    public Loaded load(String name, boolean force) {
        requireExisting(name);
        Session saved = read(name);
        if (!force && hasUnsavedChanges()) {
            throw new InvalidInput("the working session '" + workbench.sessionName()
                    + "' has unsaved changes: save it first, or load " + name + " --force to drop them");
        }
        working.restore(saved);
        KnowledgeBase kb = workbench.knowledgeBase();
        List<String> ignoredLens = saved.lens().stream().filter(s -> kb.source(s).isEmpty()).toList();
        boolean kbChanged = !saved.kbFingerprint().isEmpty() && !saved.kbFingerprint().equals(kb.fingerprint());
        List<SessionDiff.Line> moved = kbChanged
                ? outcomesOnly(SessionDiff.between(saved, working.current(), kb.propositionIds()), kb).outcomes()
                : List.of();
        String savedKb = WorkingSession.kbName(saved);
        String otherKb = savedKb.isEmpty() || savedKb.equals(workbench.engine().source().name()) ? "" : savedKb;
        return new Loaded(saved, workbench.unknownAssumptions(), ignoredLens, kbChanged, moved, otherKb);
    }

    /** Every saved session, unreadable ones included, by name. */
    public List<SessionSummary> list() {
        try {
            return store.list();
        } catch (SessionStoreException e) {
            throw new OperationFailed(e.getMessage(), e);
        }
    }

    /** The names of the saved sessions, for tab completion; never fails. */
    public List<String> completableNames() {
        List<String> names = new ArrayList<>();
        try {
            store.list().forEach(s -> names.add(s.name()));
        } catch (SessionStoreException e) {
            // no completion is better than an error under the cursor
        }
        return names;
    }

    /** Deletes the saved session {@code name}; the working session stays as it is. */
    public Path delete(String name) {
        requireExisting(name);
        try {
            Path file = store.fileOf(name);
            store.delete(name);
            return file;
        } catch (SessionStoreException e) {
            throw new OperationFailed(e.getMessage(), e);
        }
    }

    /** Renames a saved session; the working session follows if it is that one. */
    public void rename(String from, String to) {
        requireExisting(from);
        requireNewName(to);
        if (store.exists(to)) {
            throw new InvalidInput("a session named '" + to + "' exists already: delete it first or choose another name");
        }
        try {
            store.rename(from, to);
        } catch (SessionFileException e) {
            throw new OperationFailed(e.getMessage() + " (delete " + from + " removes it)", e);
        } catch (SessionStoreException e) {
            throw new OperationFailed(e.getMessage(), e);
        }
        if (from.equals(workbench.sessionName())) {
            workbench.rename(to);
        }
    }

    /**
     * A side of a comparison.
     *
     * @param label   what the user typed: a session name or {@link #CURRENT}
     * @param session its inputs, with statuses evaluated by the current knowledge base
     * @param savedUnderOtherKb whether the file was saved under another knowledge base
     */
    public record Side(String label, Session session, boolean savedUnderOtherKb) {
    }

    /** What {@link #diff} found. */
    public record Comparison(Side a, Side b, SessionDiff diff) {
    }

    /**
     * Compares two sessions, either of which may be {@link #CURRENT}. Both sides' outcomes are
     * evaluated by the current knowledge base, so that the outcome lines follow from the inputs only.
     */
    public Comparison diff(String a, String b) {
        Side first = side(a);
        Side second = side(b);
        SessionDiff diff = outcomesOnly(SessionDiff.between(first.session(), second.session(),
                workbench.knowledgeBase().propositionIds()), workbench.knowledgeBase());
        return new Comparison(first, second, diff);
    }

    private Side side(String label) {
        if (CURRENT.equals(label)) {
            return new Side(label, working.current(), false);
        }
        requireExisting(label);
        Session saved = read(label);
        KnowledgeBase kb = workbench.knowledgeBase();
        List<Literal> known = saved.literals().stream().filter(l -> kb.proposition(l.proposition()).isPresent())
                .toList();
        Evaluation evaluation = workbench.engine().evaluate(known, knownSources(saved.lens()), saved.record(),
                saved.minConfidence());
        boolean otherKb = !saved.kbFingerprint().isEmpty() && !saved.kbFingerprint().equals(kb.fingerprint());
        return new Side(label, saved.withOutcomes(kb.fingerprint(), WorkingSession.labels(evaluation)), otherKb);
    }

    // ---------------------------------------------------------------- conversions and checks

    /** The diff with outcome lines about outcomes only, never drivers or facts (those are inputs). */
    private static SessionDiff outcomesOnly(SessionDiff diff, KnowledgeBase kb) {
        return new SessionDiff(diff.inputs(), diff.outcomes().stream()
                .filter(l -> kb.proposition(l.subject()).map(p -> p.isOutcome()).orElse(false)).toList());
    }

    private List<String> knownSources(List<String> lens) {
        KnowledgeBase kb = workbench.knowledgeBase();
        return lens.stream().filter(s -> kb.source(s).isPresent()).toList();
    }

    private Session read(String name) {
        try {
            return store.load(name);
        } catch (SessionStoreException e) {
            throw new OperationFailed(e.getMessage(), e);
        }
    }

    private static void requireValidName(String name) {
        if (!SessionName.isValid(name)) {
            try {
                SessionName.require(name);
            } catch (SessionStoreException e) {
                throw new InvalidInput(e.getMessage());
            }
        }
    }

    /** A name a session may be given: valid, and not the word {@code diff} reserves for the working session. */
    private static void requireNewName(String name) {
        requireValidName(name);
        if (CURRENT.equals(name)) {
            throw new InvalidInput("'" + CURRENT + "' stands for the working session in diff: choose another name");
        }
    }

    private void requireExisting(String name) {
        requireValidName(name);
        if (!store.exists(name)) {
            List<String> names = new ArrayList<>();
            for (SessionSummary s : list()) {
                names.add(s.name());
            }
            List<String> near = Suggestions.nearest(name, names);
            throw new UnknownId("session", name, near, "no session named '" + name + "'"
                    + (near.isEmpty() ? " (sessions lists them)" : Suggestions.hint(near)));
        }
    }
}
