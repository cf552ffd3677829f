package org.qantar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * A driver is an uncertainty the user sets and analysis samples; an outcome is what the sources
 * reason towards; a fact is an event the articles report as having happened by the time they
 * wrote (its recorded value is in the knowledge base's record).
 */
public enum PropositionKind {
    DRIVER, OUTCOME, FACT;

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
        throw new IllegalArgumentException("unknown proposition kind '" + label + "' (use driver, outcome or fact)");
    }
}
