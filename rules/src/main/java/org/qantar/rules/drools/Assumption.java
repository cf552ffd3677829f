package org.qantar.rules.drools;

import java.util.Objects;

/** A literal the user assumes. Stated (not logical): the engine inserts and deletes it. */
public final class Assumption {
    private final String literal;

    public Assumption(String literal) {
        this.literal = Objects.requireNonNull(literal);
    }

    public String getLiteral() {
        return literal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assumption a && a.literal.equals(literal);
    }

    @Override
    public int hashCode() {
        return literal.hashCode() + 11;
    }

    @Override
    public String toString() {
        return "Assumption(" + literal + ")";
    }
}
