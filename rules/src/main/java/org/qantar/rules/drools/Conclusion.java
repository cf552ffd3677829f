package org.qantar.rules.drools;

import java.util.Objects;

/**
 * A claim whose premises hold in a stratum (and, in the established stratum, none of whose
 * unless-literals is possible) puts its conclusion forward. Whether it counts is decided by the
 * semantics rules: the lens and the opposite literal.
 */
public final class Conclusion {
    private final Stratum stratum;
    private final String claim;
    private final String source;
    private final String literal;
    private final String opposite;
    private final int rank;

    public Conclusion(Stratum stratum, String claim, String source, String literal, int rank) {
        this.rank = rank;
        this.stratum = Objects.requireNonNull(stratum);
        this.claim = Objects.requireNonNull(claim);
        this.source = Objects.requireNonNull(source);
        this.literal = Objects.requireNonNull(literal);
        this.opposite = literal.startsWith("!") ? literal.substring(1) : "!" + literal;
    }

    public Stratum getStratum() {
        return stratum;
    }

    public String getClaim() {
        return claim;
    }

    public String getSource() {
        return source;
    }

    public String getLiteral() {
        return literal;
    }

    /** One more than the highest rank among the premises it was drawn from. */
    public int getRank() {
        return rank;
    }

    public String getOpposite() {
        return opposite;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conclusion c && c.stratum == stratum && c.rank == rank && c.claim.equals(claim) && c.literal.equals(literal);
    }

    @Override
    public int hashCode() {
        // Truth maintenance hashes every logical insertion; no varargs array, no boxing.
        return ((31 * stratum.hashCode() + claim.hashCode()) * 31 + literal.hashCode()) * 31 + rank;
    }

    @Override
    public String toString() {
        return "Conclusion(" + stratum + ", " + claim + ", " + literal + ", " + rank + ")";
    }
}
