package org.qantar.rules.compare;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which score ranks the articles and names the closest. */
public enum Ranking {
    /** Each position weighed by its confidence and by how much it tells the articles apart ({@link Diagnosticity}). */
    DIAGNOSTIC("diagnostic"),
    /** Each position weighed by its confidence only: the score before diagnosticity ({@code --all-positions}). */
    ALL_POSITIONS("all-positions");

    private final String label;

    Ranking(String label) {
        this.label = label;
    }

    /** The JSON name: {@code diagnostic} or {@code all-positions}. */
    @JsonValue
    public String label() {
        return label;
    }
}
