package org.qantar.rules.compare;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.qantar.rules.Evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One article's self-consistency check: under its own driver positions and with only its own
 * claims counted, how many of its outcome positions come out SUPPORTED with the article's value.
 *
 * @param missing    the outcome positions not reproduced, by proposition id, in knowledge-base order
 * @param evaluation the replayed evaluation, to explain each miss (not part of the JSON)
 */
public record ArticleReplay(String source, int reproduced, int total, List<String> missing,
                            @JsonIgnore Evaluation evaluation) {

    public ArticleReplay {
        Objects.requireNonNull(source, "source");
        missing = List.copyOf(missing);
        if (reproduced < 0 || reproduced > total || reproduced + missing.size() != total) {
            throw new IllegalArgumentException("reproduced " + reproduced + " and missing " + missing.size()
                    + " do not add up to " + total);
        }
    }

    /** The share of outcome positions reproduced, in [0, 1]; 0 for an article without outcome positions. */
    public double share() {
        return total == 0 ? 0 : (double) reproduced / total;
    }
}
