package org.qantar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** A driver is an uncertainty the user sets; an outcome is what the sources reason towards. */
public enum PropositionKind {
    DRIVER, OUTCOME;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PropositionKind fromLabel(String label) {
        for (PropositionKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown proposition kind '" + label + "' (use driver or outcome)");
    }
}
