package org.qantar.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Objects;

/**
 * One article. Bibliographic fields are as the text gives them, {@code null} where it names none.
 *
 * @param reprintOf id of the source this one republishes (same voice, never counted twice), or null
 */
public record Source(String id, String title, String author, String outlet, String date, String url,
                     String seedFile, String sha256, String reprintOf) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seedFile, "seedFile");
        Objects.requireNonNull(sha256, "sha256");
    }

    @JsonIgnore
    public boolean isReprint() {
        return reprintOf != null;
    }

    /** The id under which this source's voice is counted: its original's for a reprint. */
    public String voice() {
        return reprintOf != null ? reprintOf : id;
    }
}
