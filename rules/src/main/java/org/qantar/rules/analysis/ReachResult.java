package org.qantar.rules.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import org.qantar.model.Literal;

import java.util.List;

/**
 * What {@link Reach} found: every minimal set of at most {@code maxChanges} changes to the current
 * assumptions under which the target is SUPPORTED. In JSON: {@code {"target":"x","now":"OPEN",
 * "maxChanges":3,"sets":[{"changes":[{"change":"add","literal":"a"}],"carriedBy":["c1"]}]}}.
 *
 * @param now  the target's status now, as {@code PropositionStatus.label()} writes it
 * @param sets smallest first, then in knowledge-base order; a single empty set if the target is
 *             already SUPPORTED; empty if nothing within {@code maxChanges} changes works
 */
@JsonPropertyOrder({"target", "now", "maxChanges", "sets"})
public record ReachResult(String target, String now, int maxChanges, List<ChangeSet> sets) {

    public ReachResult {
        Literal.parse(target);
        sets = List.copyOf(sets);
    }

    /** The target as a literal. */
    public Literal targetLiteral() {
        return Literal.parse(target);
    }

    /** Whether the target is SUPPORTED with no change at all. */
    public boolean alreadySupported() {
        return sets.size() == 1 && sets.get(0).changes().isEmpty();
    }

    /**
     * One minimal set of changes, and the claims that then carry the target: the counted claims
     * concluding it that fire on established premises.
     */
    @JsonPropertyOrder({"changes", "carriedBy"})
    public record ChangeSet(List<Change> changes, List<String> carriedBy) {
        public ChangeSet {
            changes = List.copyOf(changes);
            carriedBy = List.copyOf(carriedBy);
        }
    }

    /**
     * One change to the assumptions.
     *
     * @param literal for ADD and FLIP the literal assumed afterwards; for REMOVE the assumption dropped
     */
    @JsonPropertyOrder({"change", "literal"})
    public record Change(Kind change, String literal) {

        public Change {
            Literal.parse(literal);
        }

        /** As a person reads it, in the shell's words: {@code assume !x (was x)}. */
        public String describe() {
            Literal l = Literal.parse(literal);
            return switch (change) {
                case ADD -> "assume " + l;
                case FLIP -> "assume " + l + " (was " + l.negate() + ")";
                // "(was !x)" tells which value goes; "(was x)" would only repeat the id (newcomer #34)
                case REMOVE -> "unassume " + l.proposition() + (l.value() ? "" : " (was " + l + ")");
            };
        }
    }

    /** Add an assumption on an unassumed proposition, flip an assumption's value, or remove one. */
    public enum Kind {
        ADD, FLIP, REMOVE;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
