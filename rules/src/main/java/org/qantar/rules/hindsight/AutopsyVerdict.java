package org.qantar.rules.hindsight;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What the record says of one claim's reasoning. */
public enum AutopsyVerdict {
    /** Its premises held (and nothing it names as an exception did), and its conclusion did not. */
    FALSIFIED,
    /** Its premises held (and no exception did), and so did its conclusion. */
    BORNE_OUT,
    /** The record does not test it: a premise or the conclusion is unresolved or partly so, a premise failed, or an exception held. */
    UNTESTED;

    /** {@code falsified}, {@code borne-out}, {@code untested}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
