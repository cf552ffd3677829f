package org.qantar.rules.drools;

import java.util.Objects;

/** A counted claim whose possible premises push towards the opposite of an assumption. */
public final class Tension {
    private final String claim;
    private final String source;
    private final String literal;

    public Tension(String claim, String source, String literal) {
        this.claim = Objects.requireNonNull(claim);
        this.source = Objects.requireNonNull(source);
        this.literal = Objects.requireNonNull(literal);
    }

    public String getClaim() {
        return claim;
    }

    public String getSource() {
        return source;
    }

    /** The literal the claim concludes (the opposite of the assumption it pushes against). */
    public String getLiteral() {
        return literal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tension t && t.claim.equals(claim) && t.literal.equals(literal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(claim, literal, "tension");
    }

    @Override
    public String toString() {
        return "Tension(" + claim + ", " + literal + ")";
    }
}
