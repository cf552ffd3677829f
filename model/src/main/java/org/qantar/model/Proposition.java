package org.qantar.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Objects;

/** A yes/no statement the sources reason about. Ids are snake_case. */
public record Proposition(String id, String statement, PropositionKind kind) {

    public Proposition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(kind, "kind");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("not a proposition id: '" + id + "'");
        }
    }

    /**
     * Whether {@code id} matches {@code [a-z][a-z0-9_]*}. Written out rather than as a regular
     * expression: every literal is checked on construction, and evaluations build many.
     */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || !isLower(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isLower(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
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
