package org.qantar.model.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the session listing. A file that cannot be read is listed too, with its problem, so
 * that the user sees it and can delete or repair it; its other fields are then empty.
 *
 * @param name          the session's name (its file name without {@code .json})
 * @param saved         when it was last saved; null if unreadable
 * @param assumptions   how many assumptions it holds; 0 if unreadable
 * @param kbFingerprint the knowledge base it was saved under; empty if unknown or unreadable
 * @param note          the first line of its note; empty if none or unreadable
 * @param problem       why the file cannot be read; null if it can
 */
public record SessionSummary(String name, Instant saved, int assumptions, String kbFingerprint, String note,
                             String problem) {

    public SessionSummary {
        Objects.requireNonNull(name, "name");
        kbFingerprint = kbFingerprint == null ? "" : kbFingerprint;
        note = note == null ? "" : note;
    }

    public static SessionSummary unreadable(String name, String problem) {
        return new SessionSummary(name, null, 0, "", "", Objects.requireNonNull(problem, "problem"));
    }

    public boolean readable() {
        return problem == null;
    }
}
