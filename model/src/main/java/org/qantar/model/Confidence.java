package org.qantar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How firmly a source commits to a claim or position, as the text itself hedges it. */
public enum Confidence {
    /** The text asserts it flatly. */
    STATED,
    /** The text says it is likely, expected, probable. */
    LIKELY,
    /** The text says it may, might, could happen. */
    POSSIBLE;

    /** The lower-case name used in rule metadata and JSON: {@code stated}, {@code likely}, {@code possible}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Confidence fromLabel(String label) {
        for (Confidence c : values()) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown confidence '" + label + "' (use stated, likely or possible)");
    }
}
