package org.qantar.rules.drools;

import java.util.Objects;

/**
 * A literal (e.g. {@code x} or {@code !x}) holds in a stratum, with its rank: the length of its
 * shortest derivation from the assumptions, counting only the steps inside the literal's component
 * of the claim graph (0 for an assumption; see {@link Stratum#ranksWith}). Inserted logically, so it
 * is a value.
 *
 * <p>Why the rank: truth maintenance keeps a fact while any justification stands, so in a cycle of
 * claims (a gives b, b gives a) each fact would keep the other alive after the assumption under
 * them is withdrawn. With ranks every justification rests on strictly lower ranks within the
 * component, where every cycle lies, which cannot loop, and only the lowest rank of a literal is
 * kept (see {@link Derivation}), so there is one fact per literal and stratum at rest.
 */
public final class Holds {
    private final Stratum stratum;
    private final String literal;
    private final int rank;

    public Holds(Stratum stratum, String literal, int rank) {
        this.stratum = Objects.requireNonNull(stratum);
        this.literal = Objects.requireNonNull(literal);
        this.rank = rank;
    }

    public int getRank() {
        return rank;
    }

    public Stratum getStratum() {
        return stratum;
    }

    public String getLiteral() {
        return literal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Holds h && h.stratum == stratum && h.rank == rank && h.literal.equals(literal);
    }

    @Override
    public int hashCode() {
        return (31 * stratum.hashCode() + literal.hashCode()) * 31 + rank;
    }

    @Override
    public String toString() {
        return "Holds(" + stratum + ", " + literal + ", " + rank + ")";
    }
}
