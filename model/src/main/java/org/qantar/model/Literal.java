package org.qantar.model;

import java.util.Objects;

/**
 * A proposition with a truth value: {@code csto_withdraws} means it holds,
 * {@code !csto_withdraws} that it does not.
 *
 * <p>Literals are values: two literals are equal when proposition and value are.
 */
public record Literal(String proposition, boolean value) implements Comparable<Literal> {

    public Literal {
        Objects.requireNonNull(proposition, "proposition");
        if (!Proposition.isValidId(proposition)) {
            throw new IllegalArgumentException("not a proposition id: '" + proposition
                    + "' (use lower-case letters, digits and _ , starting with a letter)");
        }
    }

    /** Parses {@code id} or {@code !id}; surrounding blanks are ignored. */
    public static Literal parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        boolean negated = t.startsWith("!");
        return new Literal(negated ? t.substring(1).strip() : t, !negated);
    }

    /** Same as {@link #parse(String)}; reads well in rule files: {@code Literal.of("!x")}. */
    public static Literal of(String text) {
        return parse(text);
    }

    public Literal negate() {
        return new Literal(proposition, !value);
    }

    @Override
    public String toString() {
        return value ? proposition : "!" + proposition;
    }

    @Override
    public int compareTo(Literal o) {
        int c = proposition.compareTo(o.proposition);
        return c != 0 ? c : Boolean.compare(o.value, value);
    }
}
