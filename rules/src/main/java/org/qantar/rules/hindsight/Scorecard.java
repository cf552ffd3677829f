package org.qantar.rules.hindsight;

import org.qantar.model.Confidence;
import org.qantar.model.Position;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.compare.Article;
import org.qantar.rules.compare.Articles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each article's record: its outcome positions against what happened, scored as forecasts.
 *
 * <p><b>Brier score.</b> An outcome position with stance {@code s} at confidence {@code c} is a
 * forecast that {@code s} holds with probability {@code p = map(c)} ({@link ProbabilityMap}).
 * Resolved true or false, it scores {@code (p − o)²}, with {@code o = 1} if the stance held and
 * {@code 0} if not; an article's Brier score is the mean over its scored positions (lower is better:
 * 0 perfect, 0.25 a coin flip's). Positions resolved {@code partly} or unresolved are counted but
 * not scored: a partial outcome is no binary event. Driver positions are premises, not forecasts,
 * and facts no article forecasts: neither is scored.
 *
 * <p><b>Ranking.</b> Lower mean Brier first; on equal (rounded) scores more scored positions first;
 * then registry order; articles with nothing scored last.
 *
 * @param articles    ranked, best first
 * @param calibration every article's scored positions pooled, one bin per confidence level
 * @param autopsy     every claim against the record ({@link Autopsy})
 */
public record Scorecard(ProbabilityMap probabilities, int resolutions, List<ArticleScore> articles,
                        List<CalibrationBin> calibration, List<ClaimAutopsy> autopsy) {

    public Scorecard {
        articles = List.copyOf(articles);
        calibration = List.copyOf(calibration);
        autopsy = List.copyOf(autopsy);
    }

    /**
     * The scorecard of every article of {@code kb}.
     *
     * @param record what the record establishes (facts), for the autopsy's premises; the resolutions win over it
     */
    public static Scorecard of(KnowledgeBase kb, Resolutions resolutions, ProbabilityMap probabilities,
                               Function<String, Optional<Boolean>> record) {
        List<ArticleScore> scores = new ArrayList<>();
        List<ScoredPosition> all = new ArrayList<>();
        for (Article a : new Articles(kb).all()) {
            ArticleScore s = score(a, resolutions, probabilities);
            scores.add(s);
            all.addAll(s.positions());
        }
        // Stable: registry order is the last tie-break.
        scores.sort(Comparator.comparing((ArticleScore s) -> s.brier() == null)
                .thenComparing(s -> s.brier() == null ? 0 : s.brier())
                .thenComparing(Comparator.comparingInt(ArticleScore::scored).reversed()));
        Function<String, Optional<Boolean>> known = p -> resolutions.get(p).isPresent()
                ? resolutions.truth(p) : record.apply(p);
        return new Scorecard(probabilities, resolutions.size(), scores, calibration(all, probabilities),
                Autopsy.of(kb, known));
    }

    static ArticleScore score(Article article, Resolutions resolutions, ProbabilityMap probabilities) {
        List<ScoredPosition> positions = new ArrayList<>();
        for (Position p : article.outcomes()) {
            Resolution r = resolutions.get(p.proposition()).map(Resolutions.Entry::resolution).orElse(null);
            positions.add(ScoredPosition.of(p.proposition(), p.value(), p.confidence(),
                    probabilities.of(p.confidence()), r));
        }
        int scored = 0;
        int held = 0;
        int partly = 0;
        int unresolved = 0;
        double sum = 0;
        for (ScoredPosition s : positions) {
            if (s.resolution() == null) {
                unresolved++;
            } else if (s.held() == null) {
                partly++;
            } else {
                scored++;
                held += s.held() ? 1 : 0;
                sum += Math.pow(s.probability() - (s.held() ? 1 : 0), 2);
            }
        }
        Double brier = scored == 0 ? null : Math.round(1000 * sum / scored) / 1000.0;
        return new ArticleScore(article.source(), brier, scored, held, partly, unresolved, positions,
                calibration(positions, probabilities));
    }

    /** One bin per confidence level (stated, likely, possible) over the scored positions. */
    static List<CalibrationBin> calibration(List<ScoredPosition> positions, ProbabilityMap probabilities) {
        List<CalibrationBin> bins = new ArrayList<>();
        for (Confidence c : Confidence.values()) {
            int scored = 0;
            int held = 0;
            for (ScoredPosition s : positions) {
                if (s.confidence() == c && s.held() != null) {
                    scored++;
                    held += s.held() ? 1 : 0;
                }
            }
            bins.add(CalibrationBin.of(c, probabilities.of(c), scored, held));
        }
        return bins;
    }

    /** The counts of the autopsy's verdicts. */
    public long count(AutopsyVerdict verdict) {
        return autopsy.stream().filter(a -> a.verdict() == verdict).count();
    }
}
