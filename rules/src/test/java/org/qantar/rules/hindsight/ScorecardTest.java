package org.qantar.rules.hindsight;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.model.json.Json;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qantar.rules.hindsight.HindsightKb.KB;
import static org.qantar.rules.hindsight.HindsightKb.SHIPPED;

class ScorecardTest {

    private static final Resolutions SHIPPED_ONLY = Resolutions.of(KB, SHIPPED, List.of());

    private static Scorecard scorecard(Resolutions r, ProbabilityMap p) {
        return Scorecard.of(KB, r, p, proposition -> Optional.empty());
    }

    @Test
    void eachResolvedOutcomePositionScoresTheSquaredGapBetweenItsProbabilityAndWhatHappened() {
        ArticleScore ann = scorecard(SHIPPED_ONLY, ProbabilityMap.DEFAULT).articles().get(0);

        // o1 stated true, held: (0.9 − 1)² = 0.01; o2 partly: not scored; o3 possible true, failed:
        // (0.55 − 0)² = 0.3025; o4 (the reprint's, ann's voice) unresolved. d1 is a driver: not scored.
        assertThat(ann.source()).isEqualTo("ann");
        assertThat(ann.positions()).extracting(ScoredPosition::proposition, ScoredPosition::held, ScoredPosition::brier)
                .containsExactly(tuple("o1", true, 0.01), tuple("o2", null, null), tuple("o3", false, 0.3025),
                        tuple("o4", null, null));
        // mean over the two scored: (0.01 + 0.3025) / 2 = 0.15625
        assertThat(List.of(ann.brier(), (double) ann.scored(), (double) ann.held(), (double) ann.partly(),
                (double) ann.unresolved())).containsExactly(0.156, 2.0, 1.0, 1.0, 1.0);
    }

    @Test
    void articlesAreRankedByMeanBrierLowestFirst() {
        Scorecard s = scorecard(SHIPPED_ONLY, ProbabilityMap.DEFAULT);

        // bob: !o1 likely, failed: 0.7² = 0.49; o3 stated, failed: 0.9² = 0.81; mean 0.65
        assertThat(s.articles()).extracting(ArticleScore::source, ArticleScore::brier)
                .containsExactly(tuple("ann", 0.156), tuple("bob", 0.65));
        assertThat(s.resolutions()).isEqualTo(4);
    }

    @Test
    void theProbabilityMapCanBeOverriddenLevelByLevel() {
        ProbabilityMap p = ProbabilityMap.parse("stated=1,possible=0.5");

        Scorecard s = scorecard(SHIPPED_ONLY, p);

        assertThat(p).isEqualTo(new ProbabilityMap(1.0, 0.7, 0.5));
        // ann: o1 (1 − 1)² = 0, o3 (0.5 − 0)² = 0.25 → 0.125; bob: 0.49 and (1 − 0)² = 1 → 0.745
        assertThat(s.articles()).extracting(ArticleScore::source, ArticleScore::brier)
                .containsExactly(tuple("ann", 0.125), tuple("bob", 0.745));
    }

    @Test
    void theCalibrationTableCountsHowOftenEachLevelsStancesHeld() {
        Scorecard s = scorecard(SHIPPED_ONLY, ProbabilityMap.DEFAULT);

        // pooled: stated ann o1 held, bob o3 failed; likely bob !o1 failed; possible ann o3 failed
        assertThat(s.calibration()).extracting(CalibrationBin::confidence, CalibrationBin::probability,
                        CalibrationBin::scored, CalibrationBin::held, CalibrationBin::rate)
                .containsExactly(tuple(Confidence.STATED, 0.9, 2, 1, 0.5), tuple(Confidence.LIKELY, 0.7, 1, 0, 0.0),
                        tuple(Confidence.POSSIBLE, 0.55, 1, 0, 0.0));
        // ann alone: nothing at likely scored (its !o2 resolved partly)
        assertThat(s.articles().get(0).calibration()).extracting(CalibrationBin::scored, CalibrationBin::rate)
                .containsExactly(tuple(1, 1.0), tuple(0, null), tuple(1, 0.0));
    }

    @Test
    void theUsersResolutionOverridesTheShippedOneAndChangesTheScore() {
        Resolution mine = new Resolution("o3", ResolvedValue.TRUE, "2023", "It did happen after all.", null, null);
        Resolutions r = Resolutions.of(KB, SHIPPED, List.of(mine));

        Scorecard s = scorecard(r, ProbabilityMap.DEFAULT);

        assertThat(r.get("o3").orElseThrow().origin()).isEqualTo(Resolutions.Origin.YOURS);
        assertThat(r.get("o3").orElseThrow().overrides()).isEqualTo(SHIPPED.get(3));
        assertThat(r.get("o1").orElseThrow().origin()).isEqualTo(Resolutions.Origin.SHIPPED);
        // bob: 0.49 and o3 held (0.9 − 1)² = 0.01 → 0.25; ann: 0.01 and (0.55 − 1)² = 0.2025 → 0.10625
        assertThat(s.articles()).extracting(ArticleScore::source, ArticleScore::brier)
                .containsExactly(tuple("ann", 0.106), tuple("bob", 0.25));
    }

    @Test
    void anArticleWithNothingResolvedHasNoBrierScoreAndRanksLast() {
        Scorecard s = scorecard(Resolutions.of(KB, List.of(), List.of()), ProbabilityMap.DEFAULT);

        assertThat(s.articles()).extracting(ArticleScore::source, ArticleScore::brier, ArticleScore::unresolved)
                .containsExactly(tuple("ann", null, 4), tuple("bob", null, 3));
    }

    @Test
    void theJsonNamesEveryFieldOfTheDocumentedShape() {
        Map<?, ?> json = Json.read(Json.write(scorecard(SHIPPED_ONLY, ProbabilityMap.DEFAULT)), Map.class);

        assertThat(json.keySet()).extracting(Object::toString)
                .containsExactly("probabilities", "resolutions", "articles", "calibration", "autopsy");
        Map<?, ?> article = (Map<?, ?>) ((List<?>) json.get("articles")).get(0);
        assertThat(article.keySet()).extracting(Object::toString).containsExactly("source", "brier", "scored", "held",
                "partly", "unresolved", "positions", "calibration");
        Map<?, ?> position = (Map<?, ?>) ((List<?>) article.get("positions")).get(0);
        assertThat(position.keySet()).extracting(Object::toString).containsExactly("proposition", "stance",
                "confidence", "probability", "resolution", "on", "held", "brier");
        Map<?, ?> autopsy = (Map<?, ?>) ((List<?>) json.get("autopsy")).get(0);
        assertThat(autopsy.keySet()).extracting(Object::toString).containsExactly("claim", "source", "confidence",
                "reasoning", "verdict", "reason");
    }
}
