package org.qantar.model;

import java.util.Objects;

/** An article's bottom-line stance on a proposition, with the words it used. */
public record Position(String source, String proposition, boolean value, Confidence confidence, String quote) {

    public Position {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(proposition, "proposition");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(quote, "quote");
    }

    public Literal literal() {
        return new Literal(proposition, value);
    }
}
