package org.qantar.rules.compare;

import org.qantar.model.Confidence;
import org.qantar.model.Position;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every article's positions set against one evaluation, articles ranked closest first.
 *
 * <p><b>Score.</b> For an article with positions {@code i}, each with confidence weight
 * {@code w(i)} ({@link #weight}: stated 1.0, likely 0.75, possible 0.5) and verdict credit
 * {@code c(i)} ({@link Verdict#credit}: agree and assumed-agree +1, plausible-agree +0.5,
 * contested and open 0, plausible-disagree −0.5, disagree and assumed-disagree −1):
 * {@code score = Σ w(i)·c(i) / Σ w(i)}, rounded to three decimals; 0 for an article without
 * positions. Every credit lies in [-1, 1], so the score does too; contested and open positions
 * stay in the denominator, so only positions the scenario actually settles move the score.
 *
 * <p><b>Ranking.</b> Higher score first; on equal (rounded) scores, more positions leaning the
 * article's way ({@link ArticleComparison#agreeing}); then registry order. The closest article is
 * the first of the ranking if its score is above 0, else there is none: a scenario that settles
 * nothing any article's way is close to no one.
 *
 * @param articles ranked, closest first
 * @param closest  the closest article's source id, or null when no article scores above 0
 */
public record Comparison(List<ArticleComparison> articles, String closest) {

    public Comparison {
        articles = List.copyOf(articles);
    }

    /** The weight of a position by how firmly the article states it. */
    public static double weight(Confidence confidence) {
        return switch (confidence) {
            case STATED -> 1.0;
            case LIKELY -> 0.75;
            case POSSIBLE -> 0.5;
        };
    }

    /** Compares every article of {@code kb} with {@code evaluation}. */
    public static Comparison of(KnowledgeBase kb, Evaluation evaluation) {
        return of(new Articles(kb).all(), evaluation);
    }

    /**
     * Compares only the outcome positions of every article of {@code kb}: after {@code adopt}, an
     * article's own driver positions agree by construction; this leaves them out of the score.
     */
    public static Comparison ofOutcomes(KnowledgeBase kb, Evaluation evaluation) {
        return of(new Articles(kb).all().stream().map(Article::outcomesOnly).toList(), evaluation);
    }

    /** Compares the given articles with {@code evaluation}. */
    public static Comparison of(List<Article> articles, Evaluation evaluation) {
        List<ArticleComparison> compared = new ArrayList<>();
        for (Article a : articles) {
            compared.add(compare(a, evaluation));
        }
        // A stable sort keeps registry order as the last tie-break.
        compared.sort(Comparator.comparingDouble(ArticleComparison::score).reversed()
                .thenComparing(Comparator.comparingLong(ArticleComparison::agreeing).reversed()));
        String closest = !compared.isEmpty() && compared.get(0).score() > 0 ? compared.get(0).source() : null;
        return new Comparison(compared, closest);
    }

    /** One article against {@code evaluation}. */
    public static ArticleComparison compare(Article article, Evaluation evaluation) {
        List<PositionVerdict> verdicts = new ArrayList<>();
        double credited = 0;
        double weights = 0;
        int[] tally = new int[Verdict.values().length];
        for (Position p : article.positions()) {
            PropositionStatus status = evaluation.status(p.proposition()).orElse(null);
            Verdict v = Verdict.of(status, p.value());
            verdicts.add(new PositionVerdict(p.proposition(), p.value(), p.confidence(),
                    status == null ? Status.OPEN : status.status(), status == null ? null : status.value(), v));
            tally[v.ordinal()]++;
            credited += weight(p.confidence()) * v.credit();
            weights += weight(p.confidence());
        }
        double score = weights == 0 ? 0 : Math.round(1000 * credited / weights) / 1000.0;
        return new ArticleComparison(article.source(), score,
                tally[Verdict.AGREE.ordinal()], tally[Verdict.DISAGREE.ordinal()],
                tally[Verdict.CONTESTED.ordinal()],
                tally[Verdict.PLAUSIBLE_AGREE.ordinal()] + tally[Verdict.PLAUSIBLE_DISAGREE.ordinal()],
                tally[Verdict.OPEN.ordinal()],
                tally[Verdict.ASSUMED_AGREE.ordinal()] + tally[Verdict.ASSUMED_DISAGREE.ordinal()],
                verdicts);
    }

    /**
     * The same comparison showing only the article that speaks as {@code sourceId} (a reprint
     * shows its original); {@link #closest} still names the closest of all articles.
     *
     * @throws IllegalArgumentException if no compared article speaks as {@code sourceId}
     */
    public Comparison only(KnowledgeBase kb, String sourceId) {
        String voice = new Articles(kb).require(sourceId).source();
        List<ArticleComparison> one = articles.stream().filter(a -> a.source().equals(voice)).toList();
        if (one.isEmpty()) {
            throw new IllegalArgumentException("source '" + sourceId + "' is not among the compared articles");
        }
        return new Comparison(one, closest);
    }

    /** The article speaking as the voice {@code source}, if compared. */
    public Optional<ArticleComparison> article(String source) {
        Objects.requireNonNull(source, "source");
        return articles.stream().filter(a -> a.source().equals(source)).findFirst();
    }
}
