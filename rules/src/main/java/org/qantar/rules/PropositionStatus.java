package org.qantar.rules;

import java.util.List;
import java.util.Objects;

/**
 * A proposition's status under one evaluation.
 *
 * @param value        the value for ASSUMED, SUPPORTED and PLAUSIBLE; null for CONTESTED and OPEN
 * @param supportedBy  ids of the counted claims that carry {@code value}: for ASSUMED and SUPPORTED those
 *                     that fire on established premises, for PLAUSIBLE those that fire on possible ones
 * @param contestedTrue  for CONTESTED, the claims that make the proposition possibly true; else empty
 * @param contestedFalse for CONTESTED, the claims that make it possibly false; else empty
 */
public record PropositionStatus(String id, Status status, Boolean value, List<String> supportedBy,
                                List<String> contestedTrue, List<String> contestedFalse) {

    public PropositionStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (status.hasValue() != (value != null)) {
            throw new IllegalArgumentException(status + " " + (value == null ? "needs" : "takes no") + " value");
        }
        supportedBy = List.copyOf(supportedBy);
        contestedTrue = List.copyOf(contestedTrue);
        contestedFalse = List.copyOf(contestedFalse);
    }

    /** Status and value as one short word for tables and diffs: {@code SUPPORTED true}, {@code OPEN}. */
    public String label() {
        return value == null ? status.name() : status.name() + " " + value;
    }

    /** Whether status and value are the same (the claims behind them may differ). */
    public boolean sameOutcome(PropositionStatus other) {
        return status == other.status && Objects.equals(value, other.value);
    }
}
