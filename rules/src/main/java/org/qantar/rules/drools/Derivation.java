package org.qantar.rules.drools;

import java.util.Objects;

/**
 * A derivation of a literal in a stratum, with its rank (0 for an assumption; see {@link Holds}):
 * put forward by an assumption or by a claim rule whose claim counts in the stratum. A literal
 * {@link Holds} at the rank of its shortest derivation unless the stratum blocks it (the opposite
 * assumed, or, when established, possible in the cut).
 *
 * <p>Why a fact of its own: the rule that keeps only the shortest derivation reads these under
 * {@code not} and writes {@code Holds}. A rule that read its own output under {@code not} was seen
 * to miss an unblocking in Drools 10.2 when truth maintenance withdrew the blocker in the same
 * evaluation (RealKnowledgeBaseDifferentialTest found it); no rule here reads its own output.
 */
public final class Derivation {
    private final Stratum stratum;
    private final String literal;
    private final int rank;
    private final String opposite;

    public Derivation(Stratum stratum, String literal, int rank) {
        this.stratum = Objects.requireNonNull(stratum);
        this.literal = Objects.requireNonNull(literal);
        this.rank = rank;
        this.opposite = literal.startsWith("!") ? literal.substring(1) : "!" + literal;
    }

    public Stratum getStratum() {
        return stratum;
    }

    public String getLiteral() {
        return literal;
    }

    public int getRank() {
        return rank;
    }

    /** The opposite literal ({@code !x} for {@code x} and back). */
    public String getOpposite() {
        return opposite;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Derivation d && d.stratum == stratum && d.rank == rank && d.literal.equals(literal);
    }

    @Override
    public int hashCode() {
        return (31 * stratum.hashCode() + literal.hashCode()) * 31 + rank + 17;
    }

    @Override
    public String toString() {
        return "Derivation(" + stratum + ", " + literal + ", " + rank + ")";
    }
}
