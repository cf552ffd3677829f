package org.qantar.rules.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article against the current evaluation: its score and the tally of its verdicts.
 *
 * @param score      confidence-weighted agreement in [-1, 1], rounded to three decimals
 *                   (see {@link Comparison#weight})
 * @param plausible  plausible-agree and plausible-disagree together
 * @param assumed    assumed-agree and assumed-disagree together
 * @param positions  every position of the article, drivers first, in knowledge-base order
 */
public record ArticleComparison(String source, double score, int agree, int disagree, int contested,
                                int plausible, int open, int assumed, List<PositionVerdict> positions) {

    public ArticleComparison {
        Objects.requireNonNull(source, "source");
        if (score < -1 || score > 1) {
            throw new IllegalArgumentException("score out of [-1, 1]: " + score);
        }
        positions = List.copyOf(positions);
    }

    /** How many positions lean the article's way (agree, plausible-agree, assumed-agree): the first tie-break. */
    public long agreeing() {
        return positions.stream().filter(p -> p.verdict().isAgreeing()).count();
    }

    /** The verdict on {@code proposition}, if the article takes a position on it. */
    public Optional<PositionVerdict> on(String proposition) {
        return positions.stream().filter(p -> p.proposition().equals(proposition)).findFirst();
    }
}
