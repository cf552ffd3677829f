package org.qantar.rules.map;

import org.qantar.model.Confidence;

import java.util.Objects;

/**
 * A counted claim on the map: which article makes it, how firmly, and what it does under the current
 * evaluation.
 *
 * @param name          the claim as a short sentence (the rule's name)
 * @param pushesAgainst whether it concludes the opposite of an assumption (a tension)
 */
public record ClaimNode(String id, String source, String name, Confidence confidence, String section,
                        String quote, ClaimState state, boolean pushesAgainst) {

    public ClaimNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(state, "state");
        name = name == null ? "" : name;
        section = section == null ? "" : section;
        quote = quote == null ? "" : quote;
    }
}
