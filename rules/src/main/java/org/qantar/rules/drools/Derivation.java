package org.qantar.rules.drools;

import java.util.Objects;

/**
 * A derivation of a literal in a stratum, with its length (0 for an assumption). A literal
 * {@link Holds} at the length of its shortest derivation.
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

    public Derivation(Stratum stratum, String literal, int rank) {
        this.stratum = Objects.requireNonNull(stratum);
        this.literal = Objects.requireNonNull(literal);
        this.rank = rank;
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
