package org.qantar.rules.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article against the current evaluation: its score and the tally of its verdicts.
 *
 * @param score      confidence-weighted agreement over all positions in [-1, 1], rounded to three
 *                   decimals (see {@link Comparison#weight}); the {@code --all-positions} ranking
 * @param diagnosticScore the same with each weight also multiplied by the position's
 *                   {@link Diagnosticity}; the default ranking
 * @param plausible  plausible-agree and plausible-disagree together
 * @param assumed    assumed-agree and assumed-disagree together
 * @param positions  every position of the article, drivers first, in knowledge-base order
 */
public record ArticleComparison(String source, double score, double diagnosticScore, int agree, int disagree, int contested,
                                int plausible, int open, int assumed, List<PositionVerdict> positions) {

    public ArticleComparison {
        Objects.requireNonNull(source, "source");
        if (score < -1 || score > 1) {
            throw new IllegalArgumentException("score out of [-1, 1]: " + score);
        }
        if (diagnosticScore < -1 || diagnosticScore > 1) {
            throw new IllegalArgumentException("diagnostic score out of [-1, 1]: " + diagnosticScore);
        }
        positions = List.copyOf(positions);
    }

    /** How many positions lean the article's way (agree, plausible-agree, assumed-agree): the first tie-break. */
    public long agreeing() {
        return positions.stream().filter(p -> p.verdict().isAgreeing()).count();
    }

    /** How many positions that divide the articles lean this article's way: the first tie-break of the diagnostic ranking. */
    public long diagnosticAgreeing() {
        return positions.stream().filter(p -> p.isDiagnostic() && p.verdict().isAgreeing()).count();
    }

    /** The score {@code ranking} ranks by. */
    public double score(Ranking ranking) {
        return ranking == Ranking.DIAGNOSTIC ? diagnosticScore : score;
    }

    /** The tie-break count {@code ranking} uses: positions leaning the article's way that count in that score. */
    public long agreeing(Ranking ranking) {
        return ranking == Ranking.DIAGNOSTIC ? diagnosticAgreeing() : agreeing();
    }

    /** The verdict on {@code proposition}, if the article takes a position on it. */
    public Optional<PositionVerdict> on(String proposition) {
        return positions.stream().filter(p -> p.proposition().equals(proposition)).findFirst();
    }
}
