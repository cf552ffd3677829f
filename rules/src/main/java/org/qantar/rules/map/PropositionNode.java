package org.qantar.rules.map;

import org.qantar.model.PropositionKind;
import org.qantar.rules.Status;

import java.util.Objects;

/**
 * A proposition on the map, as the current evaluation sees it.
 *
 * @param statement      the declarative sentence the id stands for
 * @param value          the value for statuses that have one; null for CONTESTED and OPEN
 * @param strength       the confidence level at which the status holds ({@code stated}, {@code likely},
 *                       {@code possible}); null where the evaluation gives none
 * @param counterfactual an assumption against the record (a fact assumed otherwise than it happened)
 * @param pushedAgainst  an assumption some counted claim pushes against (a tension)
 */
public record PropositionNode(String id, String statement, PropositionKind kind, Status status, Boolean value,
                              String strength, boolean counterfactual, boolean pushedAgainst) {

    public PropositionNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        if (status.hasValue() != (value != null)) {
            throw new IllegalArgumentException(status + " " + (value == null ? "needs" : "takes no") + " value");
        }
    }

    /** Status and value as the shell writes them: {@code SUPPORTED true}, {@code OPEN}. */
    public String label() {
        return value == null ? status.name() : status.name() + " " + value;
    }
}
