package org.qantar.rules.compare;

import org.junit.jupiter.api.Test;
import org.qantar.model.json.Json;
import org.qantar.rules.Status;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qantar.rules.compare.SyntheticKb.GRAPH;
import static org.qantar.rules.compare.SyntheticKb.KB;
import static org.qantar.rules.compare.SyntheticKb.literals;

class ReplayTest {

    @Test
    void eachArticleReplaysUnderItsOwnDriversAndClaims() {
        Replay replay = Replay.of(KB, GRAPH::evaluate);

        // alpha under d1 d2 d3 with only alpha's claims: o3 is established (beta's b1 does not count),
        // so o4 follows; o2 and o5 come out the other way, and nothing reaches o6.
        assertThat(replay.articles())
                .extracting(ArticleReplay::source, ArticleReplay::reproduced, ArticleReplay::total,
                        ArticleReplay::missing)
                .containsExactly(
                        tuple("alpha", 4, 7, List.of("o2", "o5", "o6")),
                        tuple("beta", 0, 2, List.of("o1", "o3")),
                        tuple("gamma", 1, 1, List.of()));
    }

    @Test
    void theLensIsTheArticlesOwnVoiceAndTheAssumptionsItsDrivers() {
        List<String> calls = new ArrayList<>();
        Evaluator recording = (assumptions, lens) -> {
            calls.add(assumptions + " " + lens);
            return GRAPH.evaluate(assumptions, lens);
        };

        Replay.of(KB, recording);

        assertThat(calls).containsExactly("[d1, d2, d3] [alpha]", "[] [beta]", "[d1] [gamma]");
    }

    @Test
    void theReplayedEvaluationExplainsEachMiss() {
        ArticleReplay alpha = Replay.of(KB, GRAPH::evaluate).articles().get(0);

        assertThat(alpha.evaluation().status("o2").orElseThrow().label()).isEqualTo("SUPPORTED false");
        assertThat(alpha.evaluation().status("o6").orElseThrow().status()).isEqualTo(Status.OPEN);
        assertThat(alpha.evaluation().assumptions()).isEqualTo(literals("d1", "d2", "d3"));
        assertThat(alpha.share()).isEqualTo(4.0 / 7);
    }

    @Test
    void anArticleWithoutOutcomePositionsHasNothingToReproduce() {
        Article driversOnly = new Article("x", List.of(new org.qantar.model.Position("x", "d1", true,
                org.qantar.model.Confidence.STATED, "q")), List.of());

        ArticleReplay r = Replay.replay(driversOnly, (assumptions, lens) -> GRAPH.evaluate(assumptions,
                List.of("alpha")));

        assertThat(r.total()).isZero();
        assertThat(r.share()).isZero();
    }

    @Test
    void articlesBelowTheBarAreNamed() {
        Replay replay = Replay.of(KB, GRAPH::evaluate);

        // alpha 4/7 = 57%, beta 0/2, gamma 1/1
        assertThat(replay.belowBar()).extracting(ArticleReplay::source).containsExactly("alpha", "beta");
    }

    @Test
    void theJsonHasExactlyTheDocumentedShape() {
        Replay replay = Replay.of(KB, GRAPH::evaluate);

        assertThat(Json.write(replay)).isEqualTo("{\"articles\":["
                + "{\"source\":\"alpha\",\"reproduced\":4,\"total\":7,\"missing\":[\"o2\",\"o5\",\"o6\"]},"
                + "{\"source\":\"beta\",\"reproduced\":0,\"total\":2,\"missing\":[\"o1\",\"o3\"]},"
                + "{\"source\":\"gamma\",\"reproduced\":1,\"total\":1,\"missing\":[]}]}");
    }

}
