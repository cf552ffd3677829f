package org.qantar.rules.analysis;

import org.qantar.rules.Status;
import org.qantar.rules.graph.GraphEvaluator;

/**
 * A status together with its value, the unit every analysis counts. {@code ASSUMED} is not among
 * them: analyses report only propositions they leave free, and a free proposition is never assumed.
 */
public enum StatusValue {
    SUPPORTED_TRUE(Status.SUPPORTED, true),
    SUPPORTED_FALSE(Status.SUPPORTED, false),
    PLAUSIBLE_TRUE(Status.PLAUSIBLE, true),
    PLAUSIBLE_FALSE(Status.PLAUSIBLE, false),
    CONTESTED(Status.CONTESTED, null),
    OPEN(Status.OPEN, null);

    private static final StatusValue[] VALUES = values();

    /** How many there are; {@code values().length} without the copy, for inner loops. */
    static final int COUNT = VALUES.length;

    private final Status status;
    private final Boolean value;

    StatusValue(Status status, Boolean value) {
        this.status = status;
        this.value = value;
    }

    public Status status() {
        return status;
    }

    /** The value, or null for CONTESTED and OPEN. */
    public Boolean value() {
        return value;
    }

    /** As {@code PropositionStatus.label()} writes it: {@code SUPPORTED true}, {@code OPEN}. */
    public String label() {
        return value == null ? status.name() : status.name() + " " + value;
    }

    /**
     * The status-value of a {@link GraphEvaluator#statusCode} code.
     *
     * @throws IllegalArgumentException for the ASSUMED codes, which a free proposition never has
     */
    public static StatusValue ofCode(int code) {
        if (code < GraphEvaluator.SUPPORTED_TRUE || code > GraphEvaluator.OPEN) {
            throw new IllegalArgumentException("not the code of a free proposition: " + code);
        }
        return VALUES[code - GraphEvaluator.SUPPORTED_TRUE];
    }

    /** The ordinal of the status-value of a free proposition's code, without a look-up. */
    static int indexOfCode(int code) {
        return code - GraphEvaluator.SUPPORTED_TRUE;
    }
}
