package org.qantar.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the record: a fact's value as the articles report it, the sources that report it,
 * and a verbatim quote (found in one of those sources' texts by {@code kb verify}).
 */
public record RecordedFact(String proposition, boolean value, List<String> sources, String quote) {

    public RecordedFact {
        Objects.requireNonNull(proposition, "proposition");
        if (!Proposition.isValidId(proposition)) {
            throw new IllegalArgumentException("not a proposition id: '" + proposition + "'");
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("recorded fact " + proposition + " names no source");
        }
    }

    /** The recorded value as a literal: {@code x} or {@code !x}. */
    @JsonIgnore
    public Literal literal() {
        return new Literal(proposition, value);
    }
}
