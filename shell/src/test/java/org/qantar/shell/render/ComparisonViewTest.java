package org.qantar.shell.render;

import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.PropositionKind;
import org.qantar.model.Source;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.compare.Articles;
import org.qantar.rules.compare.Comparison;
import org.qantar.rules.compare.Ranking;
import org.qantar.rules.compare.Replay;
import org.qantar.rules.compare.Verdict;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views on a knowledge base small enough to read by hand: drivers d1 d2, outcomes o1 o2 o3;
 * ann claims d1 → o1 and d1 → !o2; bob claims d1 → o2 (so o2 is contested when both count);
 * ann-reprint republishes ann. Positions: ann d1, o1, o2; ann-reprint o3; bob !d2, !o1.
 */
class ComparisonViewTest {

    private static final KnowledgeBase KB = new KnowledgeBase(
            List.of(source("ann", null), source("ann-reprint", "ann"), source("bob", null)),
            List.of(new Proposition("d1", "D1.", PropositionKind.DRIVER),
                    new Proposition("d2", "D2.", PropositionKind.DRIVER),
                    new Proposition("o1", "O1.", PropositionKind.OUTCOME),
                    new Proposition("o2", "O2.", PropositionKind.OUTCOME),
                    new Proposition("o3", "O3.", PropositionKind.OUTCOME)),
            List.of(claim("a1", "ann", "d1", "o1"), claim("a2", "ann", "d1", "!o2"), claim("b1", "bob", "d1", "o2")),
            List.of(position("ann", "d1"), position("ann", "o1"), position("ann", "o2"),
                    position("ann-reprint", "o3"), position("bob", "!d2"), position("bob", "!o1")),
            "view-test");

    private static final GraphEvaluator GRAPH = new GraphEvaluator(KB);

    private final Screen plain = Screen.plain(80);

    @Test
    void theMatrixShowsOneSymbolPerPositionOutcomesFirstThenTheRankingAndTheClosest() {
        // given d1 and d2 assumed, every source counted: o1 SUPPORTED true, o2 CONTESTED, o3 OPEN
        Evaluation e = GRAPH.evaluate(literals("d1", "d2"), KB.sourceIds());

        String text = ComparisonView.matrix(Comparison.of(KB, e), e, KB, plain);

        // ann: d1 +1, o1 +1, o2 0, o3 0 → 2/4 = +0.5; bob: !d2 −1, !o1 −1 → −1 over all positions;
        // only o1 divides them (ann true, bob false: diagnosticity 1), so the diagnostic scores are +1 and −1
        assertThat(text).isEqualTo("""
                The articles against your scenario (2 assumptions, every source counted)

                A ann  B bob (columns in registry order)

                PROPOSITION  DIAG  NOW             A   B
                Outcomes
                o1           1.00  SUPPORTED true  ✓   ✗
                o2              -  CONTESTED       ~
                o3              -  OPEN            ·

                Drivers
                d1              -  ASSUMED true    ✓=
                d2              -  ASSUMED true        ✗=

                ✓ agrees  ✗ disagrees  ~ contested  ✓? ✗? plausible  ✓= ✗= you assumed it
                · open  (blank) no position
                DIAG how much the proposition tells the articles apart (1.00 an even split; -
                every article that speaks to it agrees, so it weighs nothing in the diagnostic
                score); rows that divide the articles come first

                   ARTICLE    DIAG     ALL  AGREE  DISAGREE  CONTESTED  PLAUSIBLE  OPEN  ASSUMED
                A  ann      +1.000  +0.500      1         0          1          0     1        1
                B  bob      -1.000  -1.000      0         1          0          0     0        1

                ranked by DIAG, the diagnostic score: only positions that divide the articles
                count (ALL, the score over all positions, ranks with --all-positions)
                closest: ann (Outlet ann)
                """);
    }

    @Test
    void columnsKeepTheirRegistryLetterWhenTheRankingChanges() {
        // given o1 assumed false: bob's !o1 agrees, ann's o1 disagrees, so bob ranks first
        Evaluation e = GRAPH.evaluate(literals("!o1", "!d2"), KB.sourceIds());

        String text = ComparisonView.matrix(Comparison.of(KB, e), e, KB, plain);

        assertThat(text).contains("A ann  B bob (columns in registry order)")
                .contains("o1           1.00  ASSUMED false  ✗=  ✓=")
                .containsPattern("(?m)^B  bob +\\+1\\.000 .*\\n^A  ann +-1\\.000 ")
                .contains("closest: bob");
    }

    @Test
    void rankedOverAllPositionsTheMatrixSaysSo() {
        Evaluation e = GRAPH.evaluate(literals("d1", "d2"), KB.sourceIds());

        String text = ComparisonView.matrix(Comparison.of(KB, e, Ranking.ALL_POSITIONS), e, KB, plain);

        assertThat(text).contains("ranked by ALL, the score over all positions");
    }

    @Test
    void underALensTheHeaderSaysWhichSourcesCount() {
        Evaluation e = GRAPH.evaluate(literals("d1"), List.of("bob"));

        String text = ComparisonView.matrix(Comparison.of(KB, e), e, KB, plain);

        assertThat(text).startsWith("The articles against your scenario (1 assumption, counting bob)");
    }

    @Test
    void withNothingSettledNoArticleIsClosest() {
        Evaluation e = GRAPH.evaluate(List.of(), KB.sourceIds());

        String text = ComparisonView.matrix(Comparison.of(KB, e), e, KB, plain);

        assertThat(text).contains("closest: none (no article scores above 0");
    }

    @Test
    void colourPaintsAgreementGreenAndDisagreementRedAndPlainTextHasNoEscapes() {
        Evaluation e = GRAPH.evaluate(literals("d1", "d2"), KB.sourceIds());
        Comparison c = Comparison.of(KB, e);

        String coloured = ComparisonView.matrix(c, e, KB, new Screen(80, true));
        String plainText = ComparisonView.matrix(c, e, KB, plain);

        assertThat(coloured).contains("\u001b[32m✓\u001b[0m").contains("\u001b[31m✗\u001b[0m");
        assertThat(plainText).doesNotContain("\u001b[");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plainText);
    }

    @Test
    void everyVerdictHasItsOwnSymbol() {
        assertThat(Arrays.stream(Verdict.values()).map(ComparisonView::symbol).distinct())
                .hasSize(Verdict.values().length);
    }

    @Test
    void scoresCarryTheirSign() {
        assertThat(ComparisonView.score(0.386)).isEqualTo("+0.386");
        assertThat(ComparisonView.score(-0.5714)).isEqualTo("-0.571");
        assertThat(ComparisonView.score(0)).isEqualTo("0.000");
    }

    @Test
    void oneArticleInFullShowsStanceConfidenceStatusAndVerdict() {
        Evaluation e = GRAPH.evaluate(literals("d1", "d2"), KB.sourceIds());

        String text = ComparisonView.article(Comparison.of(KB, e).only(KB, "ann-reprint"), e, KB, plain);

        assertThat(text).contains("ann (Outlet ann): diagnostic score +1.000, score over all positions +0.500")
                .containsPattern("(?m)PROPOSITION .*\\n^o1 .* 1\\.00  SUPPORTED true  ✓ agree\\n^d1 ")
                .contains("o2           true     stated         -  CONTESTED       ~ contested")
                .contains("o3           true     stated         -  OPEN            · open")
                .doesNotContain("bob (");
    }

    @Test
    void adoptingAReprintSaysWhoseAssumptionsItTookAndWhatTheyReplaced() {
        var ann = new Articles(KB).require("ann-reprint");

        String text = ComparisonView.adopted("ann-reprint", ann, literals("d2", "o3"), plain);

        assertThat(text).isEqualTo("""
                ann-reprint reprints ann: adopted ann's 1 driver position as your assumptions \
                (replacing 2 assumptions; undo restores them):
                  d1
                """);
    }

    @Test
    void theReplayListsEachMissWithTheStatusItGotAndNamesArticlesBelowTheBar() {
        Replay r = Replay.of(KB, GRAPH::evaluate);

        String text = ComparisonView.replay(r, plain);

        // ann under d1, own claims: o1 SUPPORTED true ✓, o2 SUPPORTED false ✗ (ann says true), o3 OPEN ✗
        assertThat(text).isEqualTo("""
                Each article under its own driver positions, counting only its own claims:

                ARTICLE  REPRODUCED  SHARE  MISSING (STATUS UNDER ITS OWN REASONING)
                ann             1/3    33%  o2 (SUPPORTED false), o3 (OPEN)
                bob             0/1     0%  o1 (OPEN)

                below 60%: ann, bob (the knowledge base misses claims these articles make)
                """);
    }

    @Test
    void columnsAreLetteredBeyondZ() {
        assertThat(ComparisonView.letter(0)).isEqualTo("A");
        assertThat(ComparisonView.letter(25)).isEqualTo("Z");
        assertThat(ComparisonView.letter(26)).isEqualTo("AA");
        assertThat(ComparisonView.letter(27)).isEqualTo("AB");
    }

    private static List<Literal> literals(String... texts) {
        return Arrays.stream(texts).map(Literal::parse).toList();
    }

    private static Source source(String id, String reprintOf) {
        return new Source(id, "Title " + id, null, "Outlet " + id, null, null, id + ".txt", "0".repeat(64), reprintOf);
    }

    private static Claim claim(String id, String source, String premise, String conclusion) {
        return new Claim(id, source, id, List.of(Literal.parse(premise)), List.of(), Literal.parse(conclusion),
                Confidence.STATED, "S", "q", "p");
    }

    private static Position position(String source, String literal) {
        Literal l = Literal.parse(literal);
        return new Position(source, l.proposition(), l.value(), Confidence.STATED, "q");
    }
}
