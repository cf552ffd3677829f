package org.qantar.rules.compare;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.model.Position;
import org.qantar.model.json.Json;
import org.qantar.rules.Evaluation;
import org.qantar.rules.Status;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.qantar.rules.compare.SyntheticKb.KB;
import static org.qantar.rules.compare.SyntheticKb.SCENARIO;
import static org.qantar.rules.compare.SyntheticKb.evaluate;
import static org.qantar.rules.compare.SyntheticKb.literals;

class ComparisonTest {

    private final Evaluation scenario = evaluate(SCENARIO);

    @Test
    void theScenarioHasTheStatusesWorkedOutByHand() {
        assertThat(scenario.statuses()).extracting(s -> s.id() + " " + s.label()).containsExactly(
                "d1 ASSUMED true", "d2 ASSUMED true", "d3 ASSUMED false",
                "o1 SUPPORTED true", "o2 SUPPORTED false", "o3 CONTESTED", "o4 PLAUSIBLE true",
                "o5 PLAUSIBLE false", "o6 OPEN", "o7 SUPPORTED true");
    }

    @Test
    void eachPositionGetsTheVerdictOfItsStatus() {
        ArticleComparison alpha = Comparison.of(KB, scenario).article("alpha").orElseThrow();

        assertThat(alpha.positions()).extracting(PositionVerdict::proposition, PositionVerdict::verdict)
                .containsExactly(
                        tuple("d1", Verdict.ASSUMED_AGREE), tuple("d2", Verdict.ASSUMED_AGREE),
                        tuple("d3", Verdict.ASSUMED_DISAGREE), tuple("o1", Verdict.AGREE),
                        tuple("o2", Verdict.DISAGREE), tuple("o3", Verdict.CONTESTED),
                        tuple("o4", Verdict.PLAUSIBLE_AGREE), tuple("o5", Verdict.PLAUSIBLE_DISAGREE),
                        tuple("o6", Verdict.OPEN), tuple("o7", Verdict.AGREE));
    }

    @Test
    void theTalliesCountBothPlausibleAndBothAssumedVerdictsTogether() {
        ArticleComparison alpha = Comparison.of(KB, scenario).article("alpha").orElseThrow();

        assertThat(List.of(alpha.agree(), alpha.disagree(), alpha.contested(), alpha.plausible(), alpha.open(),
                alpha.assumed())).containsExactly(2, 1, 1, 2, 1, 3);
    }

    @Test
    void theScoreIsTheConfidenceWeightedCreditOverAllPositions() {
        Comparison c = Comparison.of(KB, scenario);

        // alpha: d1 +1·1, d2 +1·1, d3 −1·1, o1 +1·1, o2 −1·.75, o3 0·.5, o4 +.5·.75, o5 −.5·.5, o6 0·1, o7 +1·1
        //        = 2.375 over weights 8.5 = 0.2794...
        assertThat(c.article("alpha").orElseThrow().score()).isEqualTo(0.279);
        // beta: !o1 −1·1, !o3 0·.75 = −1 over 1.75
        assertThat(c.article("beta").orElseThrow().score()).isEqualTo(-0.571);
        // gamma: d1 +1·1, o1 +1·.75 = 1.75 over 1.75
        assertThat(c.article("gamma").orElseThrow().score()).isEqualTo(1.0);
    }

    @Test
    void scoringOutcomesOnlyLeavesTheDriverPositionsOut() {
        Comparison c = Comparison.ofOutcomes(KB, scenario);

        // alpha without d1 d2 d3: 1.375 over 5.5; gamma: o1 +.75 over .75; beta has no drivers
        assertThat(c.articles()).extracting(ArticleComparison::source, ArticleComparison::score, ArticleComparison::assumed)
                .containsExactly(tuple("gamma", 1.0, 0), tuple("alpha", 0.25, 0), tuple("beta", -0.571, 0));
    }

    @Test
    void articlesAreRankedByScoreAndTheBestIsClosest() {
        Comparison c = Comparison.of(KB, scenario);

        assertThat(c.articles()).extracting(ArticleComparison::source).containsExactly("gamma", "alpha", "beta");
        assertThat(c.closest()).isEqualTo("gamma");
    }

    @Test
    void onEqualScoresOverAllPositionsMoreAgreeingPositionsThenRegistryOrderDecide() {
        // given three articles scoring 0.5 each: x agrees on 1 of 2, y on 2 of 4, z like x but later
        Article x = article("x", "o1", "o6");
        Article y = article("y", "o1", "o7", "o6", "o3");
        Article z = article("z", "o1", "o6");

        Comparison c = Comparison.of(List.of(x, y, z), scenario, Ranking.ALL_POSITIONS);

        assertThat(c.articles()).extracting(ArticleComparison::source, ArticleComparison::score)
                .containsExactly(tuple("y", 0.5), tuple("x", 0.5), tuple("z", 0.5));
        assertThat(c.closest()).isEqualTo("y");
    }

    @Test
    void aScenarioThatSettlesNothingIsCloseToNoOne() {
        Comparison c = Comparison.of(KB, evaluate(List.of()));

        assertThat(c.articles()).extracting(ArticleComparison::score).containsOnly(0.0);
        assertThat(c.closest()).isNull();
    }

    @Test
    void withoutAPositiveScoreNoArticleIsClosest() {
        Comparison c = Comparison.of(KB, evaluate(literals("!d1", "!d2", "!d3")), Ranking.ALL_POSITIONS);

        // alpha: three assumed-disagree of weight 1 over 8.5; gamma: one over 1.75; beta: all open
        assertThat(c.articles()).extracting(ArticleComparison::source, ArticleComparison::score)
                .containsExactly(tuple("beta", 0.0), tuple("alpha", -0.353), tuple("gamma", -0.571));
        assertThat(c.closest()).isNull();
    }

    @Test
    void anArticleWithoutPositionsScoresZero() {
        ArticleComparison empty = Comparison.compare(new Article("e", List.of(), List.of()), scenario);

        assertThat(empty.score()).isZero();
        assertThat(empty.positions()).isEmpty();
    }

    @Test
    void showingOneSourceKeepsTheClosestOfAll() {
        Comparison c = Comparison.of(KB, scenario).only(KB, "alpha-reprint");

        assertThat(c.articles()).extracting(ArticleComparison::source).containsExactly("alpha");
        assertThat(c.closest()).isEqualTo("gamma");
    }

    @Test
    void showingAnUnknownSourceIsRefused() {
        assertThatThrownBy(() -> Comparison.of(KB, scenario).only(KB, "delta"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown source 'delta'");
    }

    @Test
    void thePositionRecordsTheStanceAndTheCurrentValue() {
        PositionVerdict o2 = Comparison.of(KB, scenario).article("alpha").orElseThrow().on("o2").orElseThrow();

        assertThat(o2).isEqualTo(new PositionVerdict("o2", true, Confidence.LIKELY, Status.SUPPORTED, false,
                Verdict.DISAGREE, 0.0));
    }

    @Test
    void theJsonHasExactlyTheDocumentedShape() {
        Comparison c = Comparison.of(KB, scenario).only(KB, "gamma");

        assertThat(Json.write(c)).isEqualTo("{\"articles\":[{\"source\":\"gamma\",\"score\":1.0,"
                + "\"diagnosticScore\":1.0,\"agree\":1,"
                + "\"disagree\":0,\"contested\":0,\"plausible\":0,\"open\":0,\"assumed\":1,\"positions\":["
                + "{\"proposition\":\"d1\",\"stance\":true,\"confidence\":\"stated\",\"status\":\"ASSUMED\","
                + "\"value\":true,\"verdict\":\"assumed-agree\",\"diagnosticity\":0.0},"
                + "{\"proposition\":\"o1\",\"stance\":true,\"confidence\":\"likely\",\"status\":\"SUPPORTED\","
                + "\"value\":true,\"verdict\":\"agree\",\"diagnosticity\":0.918}]}],\"closest\":\"gamma\","
                + "\"ranking\":\"diagnostic\"}");
    }

    @Test
    void aContestedPositionHasANullValueInJson() {
        Comparison c = Comparison.of(List.of(article("x", "o3")), scenario);

        assertThat(Json.write(c)).contains("\"status\":\"CONTESTED\",\"value\":null,\"verdict\":\"contested\"")
                .endsWith("\"closest\":null,\"ranking\":\"diagnostic\"}");
    }

    @Test
    void aPropositionTheArticlesSplitOnWeighsTheEntropyOfTheSplitAndOneTheyShareWeighsNothing() {
        Diagnosticity d = Diagnosticity.of(new Articles(KB).all());

        // o1: alpha and gamma true, beta false: −(2/3)·log2(2/3) − (1/3)·log2(1/3) = 0.918
        assertThat(d.of("o1")).isEqualTo(0.918);
        // o3: alpha true, beta false: an even split
        assertThat(d.of("o3")).isEqualTo(1.0);
        // d1: alpha (through its reprint) and gamma both true; o2: alpha alone; an unknown id: nobody
        assertThat(d.of("d1")).isZero();
        assertThat(d.of("o2")).isZero();
        assertThat(d.of("no_such_proposition")).isZero();
        assertThat(List.of(Diagnosticity.bits(1, 4), Diagnosticity.bits(2, 4), Diagnosticity.bits(3, 4),
                Diagnosticity.bits(4, 4), Diagnosticity.bits(0, 3))).containsExactly(0.811, 1.0, 0.811, 0.0, 0.0);
    }

    @Test
    void theDiagnosticScoreWeighsEachPositionByConfidenceTimesDiagnosticity() {
        Comparison c = Comparison.of(KB, scenario);

        // alpha: only o1 (1·.918, agree) and o3 (.5·1, contested) divide: .918 / 1.418 = 0.6474
        assertThat(c.article("alpha").orElseThrow().diagnosticScore()).isEqualTo(0.647);
        // beta: !o1 (1·.918, disagree), !o3 (.75·1, contested): −.918 / 1.668 = −0.5504
        assertThat(c.article("beta").orElseThrow().diagnosticScore()).isEqualTo(-0.55);
        // gamma: o1 (.75·.918, agree); d1 is shared and weighs nothing
        assertThat(c.article("gamma").orElseThrow().diagnosticScore()).isEqualTo(1.0);
        assertThat(c.ranking()).isEqualTo(Ranking.DIAGNOSTIC);
        assertThat(c.article("alpha").orElseThrow().on("o3").orElseThrow().diagnosticity()).isEqualTo(1.0);
    }

    @Test
    void agreementOnWhatEveryoneSaysDoesNotOutweighTheOnePositionThatDivides() {
        // given x agreeing on three positions only it takes and wrong on o1, which y gets right
        Article x = article("x", "o7", "!o2", "!o5", "!o1");
        Article y = article("y", "o1", "o3", "o6");

        Comparison diagnostic = Comparison.of(List.of(x, y), scenario);
        Comparison allPositions = Comparison.of(List.of(x, y), scenario, Ranking.ALL_POSITIONS);

        // all positions: x (1 + 1 + .5 − 1) / 4 = .375, y 1 / 3 = .333; diagnostic: only o1 counts
        assertThat(allPositions.articles()).extracting(ArticleComparison::source, ArticleComparison::score)
                .containsExactly(tuple("x", 0.375), tuple("y", 0.333));
        assertThat(allPositions.closest()).isEqualTo("x");
        assertThat(diagnostic.articles()).extracting(ArticleComparison::source, ArticleComparison::diagnosticScore)
                .containsExactly(tuple("y", 1.0), tuple("x", -1.0));
        assertThat(diagnostic.closest()).isEqualTo("y");
    }

    @Test
    void onEqualDiagnosticScoresMoreDividingPositionsLeaningTheArticlesWayDecide() {
        // given o1 and o3 divide x and y from z; x and y agree on o1, y also on the contested o3
        Article x = article("x", "o1");
        Article y = article("y", "o1", "o7", "o3");
        Article z = article("z", "!o1", "!o3", "o7");

        Comparison c = Comparison.of(List.of(x, y, z), scenario);

        // x: 1·.918 / .918 = 1; y: (.918 + 0) / (.918 + 1) = .479 (o7 is shared); z: −.918 / 1.918
        assertThat(c.articles()).extracting(ArticleComparison::source, ArticleComparison::diagnosticScore)
                .containsExactly(tuple("x", 1.0), tuple("y", 0.479), tuple("z", -0.479));
        Comparison tie = Comparison.of(List.of(article("p", "o1"), article("q", "o1", "o7"), article("r", "!o1", "!o7"),
                article("s", "o1")), scenario);
        // p, q and s all score 1; q has two dividing positions leaning its way (o1, o7), p and s one each
        assertThat(tie.articles()).extracting(ArticleComparison::source).containsExactly("q", "p", "s", "r");
        assertThat(tie.closest()).isEqualTo("q");
    }

    @Test
    void aScenarioThatSettlesNoDividingPositionIsCloseToNoOneDiagnostically() {
        // !d1: every outcome OPEN, so only assumed drivers are settled, and no driver divides the articles
        Comparison c = Comparison.of(KB, evaluate(literals("!d1", "!d2", "!d3")));

        assertThat(c.articles()).extracting(ArticleComparison::diagnosticScore).containsOnly(0.0);
        assertThat(c.articles()).extracting(ArticleComparison::source).containsExactly("alpha", "beta", "gamma");
        assertThat(c.closest()).isNull();
    }

    /** An article stating each literal flatly, all as outcomes. */
    private static Article article(String source, String... literals) {
        List<Position> outcomes = Arrays.stream(literals).map(org.qantar.model.Literal::parse)
                .map(l -> new Position(source, l.proposition(), l.value(), Confidence.STATED, "q")).toList();
        return new Article(source, List.of(), outcomes);
    }
}
