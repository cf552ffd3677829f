package org.qantar.rules;

import org.qantar.model.Confidence;

import java.util.List;
import java.util.Objects;

/**
 * A proposition's status under one evaluation.
 *
 * @param value          the value for ASSUMED, RECORDED, SUPPORTED and PLAUSIBLE; null for CONTESTED and OPEN
 * @param supportedBy    ids of the counted claims that carry {@code value}: for ASSUMED, RECORDED and
 *                       SUPPORTED those that fire on established premises (for SUPPORTED, at the cut of
 *                       its strength), for PLAUSIBLE those that fire on possible ones
 * @param contestedTrue  for CONTESTED, the claims that make the proposition possibly true; else empty
 * @param contestedFalse for CONTESTED, the claims that make it possibly false; else empty
 * @param strength       for SUPPORTED, the strongest confidence cut at which it is established; for
 *                       CONTESTED and PLAUSIBLE, the strongest cut at which it is not open; else null
 * @param dissent        for SUPPORTED, the weaker claims on the other side (those that make the
 *                       opposite possible when every counted claim is read); else empty
 * @param counterfactual whether the user assumed a fact against the record
 */
public record PropositionStatus(String id, Status status, Boolean value, List<String> supportedBy,
                                List<String> contestedTrue, List<String> contestedFalse, Confidence strength,
                                List<String> dissent, boolean counterfactual) {

    public PropositionStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (status.hasValue() != (value != null)) {
            throw new IllegalArgumentException(status + " " + (value == null ? "needs" : "takes no") + " value");
        }
        supportedBy = List.copyOf(supportedBy);
        contestedTrue = List.copyOf(contestedTrue);
        contestedFalse = List.copyOf(contestedFalse);
        dissent = List.copyOf(dissent);
    }

    /** A status without strength, dissent or counterfactual. */
    public PropositionStatus(String id, Status status, Boolean value, List<String> supportedBy,
                             List<String> contestedTrue, List<String> contestedFalse) {
        this(id, status, value, supportedBy, contestedTrue, contestedFalse, null, List.of(), false);
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
