package org.qantar.rules;

/** The one status each proposition gets under a set of assumptions and a lens. */
public enum Status {
    /** The user fixed its value. */
    ASSUMED,
    /** A fact standing at the value the record gives (the record is on and the user did not assume it). */
    RECORDED,
    /** Established: some counted claim carries it on established premises, and the opposite is not possible. */
    SUPPORTED,
    /** Both values are possible: the sources' reasoning pulls both ways. */
    CONTESTED,
    /** One value is possible but not established (its support runs through a contested or defeated point). */
    PLAUSIBLE,
    /** Nothing the sources say reaches it. */
    OPEN;

    /** Whether a value goes with this status ({@code ASSUMED}, {@code RECORDED}, {@code SUPPORTED}, {@code PLAUSIBLE}). */
    public boolean hasValue() {
        return this == ASSUMED || this == RECORDED || this == SUPPORTED || this == PLAUSIBLE;
    }

    /** Whether the value is held fixed rather than reasoned to: {@code ASSUMED} or {@code RECORDED}. */
    public boolean isFixed() {
        return this == ASSUMED || this == RECORDED;
    }
}
