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
 * <p><b>Scores.</b> For an article with positions {@code i}, each with confidence weight
 * {@code w(i)} ({@link #weight}: stated 1.0, likely 0.75, possible 0.5), verdict credit
 * {@code c(i)} ({@link Verdict#credit}: agree and assumed-agree +1, plausible-agree +0.5,
 * contested and open 0, plausible-disagree −0.5, disagree and assumed-disagree −1) and
 * diagnosticity {@code d(i)} ({@link Diagnosticity}: 0 for a proposition every article that speaks
 * to it takes the same way, 1 for one that splits them evenly):
 * <ul>
 *   <li>{@code diagnosticScore = Σ w(i)·d(i)·c(i) / Σ w(i)·d(i)}: only what tells the articles
 *       apart counts; 0 for an article none of whose positions does;</li>
 *   <li>{@code score = Σ w(i)·c(i) / Σ w(i)} over all positions (the score before diagnosticity).</li>
 * </ul>
 * Both are rounded to three decimals and lie in [-1, 1]; contested and open positions stay in the
 * denominators, so only positions the scenario actually settles move a score. Positions on facts
 * never reach a comparison ({@link Articles} leaves them out): the record is not a reading.
 *
 * <p><b>Ranking.</b> By the {@link Ranking}'s score, higher first; on equal (rounded) scores, more
 * positions counted by that score leaning the article's way ({@link ArticleComparison#agreeing(Ranking)});
 * then registry order. The closest article is the first of the ranking if its score is above 0,
 * else there is none: a scenario that settles nothing any article's way is close to no one.
 *
 * @param articles ranked, closest first
 * @param closest  the closest article's source id, or null when no article scores above 0
 * @param ranking  which score ranks the articles
 */
public record Comparison(List<ArticleComparison> articles, String closest, Ranking ranking) {

    public Comparison {
        articles = List.copyOf(articles);
        Objects.requireNonNull(ranking, "ranking");
    }

    /** The weight of a position by how firmly the article states it. */
    public static double weight(Confidence confidence) {
        return switch (confidence) {
            case STATED -> 1.0;
            case LIKELY -> 0.75;
            case POSSIBLE -> 0.5;
        };
    }

    /** Compares every article of {@code kb} with {@code evaluation}, ranked by the diagnostic score. */
    public static Comparison of(KnowledgeBase kb, Evaluation evaluation) {
        return of(kb, evaluation, Ranking.DIAGNOSTIC);
    }

    /** Compares every article of {@code kb} with {@code evaluation}, ranked by {@code ranking}. */
    public static Comparison of(KnowledgeBase kb, Evaluation evaluation, Ranking ranking) {
        return of(new Articles(kb).all(), evaluation, ranking);
    }

    /**
     * Compares only the outcome positions of every article of {@code kb}: after {@code adopt}, an
     * article's own driver positions agree by construction; this leaves them out of the score.
     */
    public static Comparison ofOutcomes(KnowledgeBase kb, Evaluation evaluation) {
        return ofOutcomes(kb, evaluation, Ranking.DIAGNOSTIC);
    }

    /** Like {@link #ofOutcomes(KnowledgeBase, Evaluation)}, ranked by {@code ranking}. */
    public static Comparison ofOutcomes(KnowledgeBase kb, Evaluation evaluation, Ranking ranking) {
        return of(new Articles(kb).all().stream().map(Article::outcomesOnly).toList(), evaluation, ranking);
    }

    /** Compares the given articles with {@code evaluation}, ranked by the diagnostic score. */
    public static Comparison of(List<Article> articles, Evaluation evaluation) {
        return of(articles, evaluation, Ranking.DIAGNOSTIC);
    }

    /**
     * Compares the given articles with {@code evaluation}; each proposition's diagnosticity is
     * taken over these articles.
     */
    public static Comparison of(List<Article> articles, Evaluation evaluation, Ranking ranking) {
        Diagnosticity diagnosticity = Diagnosticity.of(articles);
        List<ArticleComparison> compared = new ArrayList<>();
        for (Article a : articles) {
            compared.add(compare(a, evaluation, diagnosticity));
        }
        // A stable sort keeps registry order as the last tie-break.
        compared.sort(Comparator.comparingDouble((ArticleComparison a) -> a.score(ranking)).reversed()
                .thenComparing(Comparator.comparingLong((ArticleComparison a) -> a.agreeing(ranking)).reversed()));
        String closest = !compared.isEmpty() && compared.get(0).score(ranking) > 0 ? compared.get(0).source() : null;
        return new Comparison(compared, closest, ranking);
    }

    /** One article alone against {@code evaluation}: with no other article to differ from, nothing is diagnostic. */
    public static ArticleComparison compare(Article article, Evaluation evaluation) {
        return compare(article, evaluation, Diagnosticity.of(List.of(article)));
    }

    /** One article against {@code evaluation}, its positions weighed by {@code diagnosticity}. */
    public static ArticleComparison compare(Article article, Evaluation evaluation, Diagnosticity diagnosticity) {
        List<PositionVerdict> verdicts = new ArrayList<>();
        Weighted all = new Weighted();
        Weighted diagnostic = new Weighted();
        int[] tally = new int[Verdict.values().length];
        for (Position p : article.positions()) {
            PropositionStatus status = evaluation.status(p.proposition()).orElse(null);
            Verdict v = Verdict.of(status, p.value());
            double d = diagnosticity.of(p.proposition());
            verdicts.add(new PositionVerdict(p.proposition(), p.value(), p.confidence(),
                    status == null ? Status.OPEN : status.status(), status == null ? null : status.value(), v, d));
            tally[v.ordinal()]++;
            all.add(weight(p.confidence()), v.credit());
            diagnostic.add(weight(p.confidence()) * d, v.credit());
        }
        return new ArticleComparison(article.source(), all.score(), diagnostic.score(),
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
        return new Comparison(one, closest, ranking);
    }

    /** The article speaking as the voice {@code source}, if compared. */
    public Optional<ArticleComparison> article(String source) {
        Objects.requireNonNull(source, "source");
        return articles.stream().filter(a -> a.source().equals(source)).findFirst();
    }

    /** A running Σ weight·credit over Σ weight. */
    private static final class Weighted {
        private double credited;
        private double weights;

        void add(double weight, double credit) {
            credited += weight * credit;
            weights += weight;
        }

        /** Rounded to three decimals; 0 when nothing weighed anything. */
        double score() {
            return weights == 0 ? 0 : Math.round(1000 * credited / weights) / 1000.0;
        }
    }
}
