package org.qantar.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Objects;
import java.util.regex.Pattern;

/** A yes/no statement the sources reason about. Ids are snake_case. */
public record Proposition(String id, String statement, PropositionKind kind) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public Proposition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(kind, "kind");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("not a proposition id: '" + id + "'");
        }
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    @JsonIgnore
    public boolean isDriver() {
        return kind == PropositionKind.DRIVER;
    }

    @JsonIgnore
    public boolean isOutcome() {
        return kind == PropositionKind.OUTCOME;
    }

    @JsonIgnore
    public boolean isFact() {
        return kind == PropositionKind.FACT;
    }
}
