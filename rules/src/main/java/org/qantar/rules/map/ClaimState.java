package org.qantar.rules.map;

/** What a claim does under the current evaluation. */
public enum ClaimState {
    /** Its premises are established and no unless-literal may hold: it establishes its conclusion. */
    ESTABLISHED,
    /** Its premises are possible and an unless-literal may hold: it makes its conclusion possible only. */
    DEFEATED,
    /**
     * Its premises are possible (perhaps established, but the opposite of its conclusion is possible
     * too): it makes its conclusion possible.
     */
    POSSIBLE,
    /** Some premise is not even possible: the claim is silent. */
    IDLE;

    /** The lower-case word the writers print. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
