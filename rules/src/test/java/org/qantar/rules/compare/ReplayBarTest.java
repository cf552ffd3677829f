package org.qantar.rules.compare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantar.rules.Engine;
import org.qantar.rules.ShippedEngine;
import org.qantar.rules.PropositionStatus;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base's self-consistency bar on the REAL knowledge base shipped in the jar (not a
 * synthetic one): every article, replayed under its own driver positions with only its own claims
 * counted, reproduces at least 60% of its own outcome positions. A failure here means the rule
 * files miss claims the article makes: extract them with quotes; do not bend the scoring.
 */
class ReplayBarTest {

    private static Engine engine;

    @BeforeAll
    static void loadTheRealKnowledgeBase() {
        engine = ShippedEngine.get();
    }

    @Test
    void everyArticleReproducesAtLeastSixtyPercentOfItsOwnOutcomePositions() {
        Replay replay = Replay.of(engine.knowledgeBase(), engine::evaluate);

        assertThat(replay.articles()).as("articles in the real knowledge base").isNotEmpty();
        assertThat(replay.articles()).allSatisfy(a -> {
            assertThat(a.total()).as("%s states no outcome positions", a.source()).isPositive();
            assertThat(a.share()).as(describe(a)).isGreaterThanOrEqualTo(Replay.BAR);
        });
    }

    @Test
    void theGraphEvaluatorReplaysExactlyAsDroolsDoes() {
        Replay drools = Replay.of(engine.knowledgeBase(), engine::evaluate);
        Replay graph = Replay.of(engine.knowledgeBase(), engine.graph()::evaluate);

        assertThat(graph.articles()).extracting(ArticleReplay::source, ArticleReplay::missing)
                .isEqualTo(drools.articles().stream()
                        .map(a -> org.assertj.core.groups.Tuple.tuple(a.source(), a.missing())).toList());
    }

    /** "cornell-ni reproduces 3/7 (43%); missing: x (CONTESTED), y (SUPPORTED false)". */
    private static String describe(ArticleReplay a) {
        return String.format("%s reproduces %d/%d (%.0f%%); missing: %s", a.source(), a.reproduced(), a.total(),
                100 * a.share(), a.missing().stream()
                        .map(id -> id + " (" + a.evaluation().status(id).map(PropositionStatus::label).orElse("?")
                                + ")")
                        .collect(Collectors.joining(", ")));
    }
}
