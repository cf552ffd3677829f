package org.qantar.rules.drools;

import java.util.Objects;

/**
 * In a stratum, a literal that defeats the claims naming it in {@code unless}. Only the
 * established stratum has defeaters (one per possible literal): the possible stratum ignores
 * {@code unless}, which keeps it monotone.
 */
public final class Defeater {
    private final Stratum stratum;
    private final String literal;

    public Defeater(Stratum stratum, String literal) {
        this.stratum = Objects.requireNonNull(stratum);
        this.literal = Objects.requireNonNull(literal);
    }

    public Stratum getStratum() {
        return stratum;
    }

    public String getLiteral() {
        return literal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Defeater d && d.stratum == stratum && d.literal.equals(literal);
    }

    @Override
    public int hashCode() {
        return 31 * stratum.hashCode() + literal.hashCode() + 7;
    }

    @Override
    public String toString() {
        return "Defeater(" + stratum + ", " + literal + ")";
    }
}
