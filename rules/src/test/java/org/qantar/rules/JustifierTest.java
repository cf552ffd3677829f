package org.qantar.rules;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.rules.graph.GraphEvaluator;
import org.qantar.rules.testkb.SyntheticKb;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JustifierTest {

    private final KnowledgeBase kb = new SyntheticKb()
            .claim("left", "a -> b")
            .claim("left", "b -> a")
            .claim("left", "b & c -> d")
            .claim("right", "c -> !d")
            .claim("right", "a -> e unless d")
            .knowledgeBase();
    private final GraphEvaluator graph = new GraphEvaluator(kb);

    @Test
    void a_supported_proposition_is_explained_down_to_the_assumptions_and_a_cycle_ends() {
        Evaluation e = graph.evaluate(List.of(Literal.parse("a"), Literal.parse("!c")), kb.sourceIds());

        Justification j = Justifier.explain(kb, e, "b");

        assertThat(j.status().label()).isEqualTo("SUPPORTED true");
        assertThat(j.support()).singleElement().satisfies(n -> {
            assertThat(n.claim()).isEqualTo("left-01");
            assertThat(n.quote()).isEqualTo("quote left-01");
            assertThat(n.premises()).singleElement().satisfies(p -> {
                assertThat(p.literal()).isEqualTo(Literal.parse("a"));
                assertThat(p.assumed()).isTrue();
            });
        });
    }

    @Test
    void a_contested_proposition_shows_both_sides_and_a_defeated_claim_names_its_defeater() {
        Evaluation e = graph.evaluate(List.of(Literal.parse("a"), Literal.parse("c")), kb.sourceIds());

        Justification d = Justifier.explain(kb, e, "d");
        Justification plausible = Justifier.explain(kb, e, "e");

        assertThat(d.status().status()).isEqualTo(Status.CONTESTED);
        assertThat(d.supportTrue()).extracting(Justification.ClaimNode::claim).containsExactly("left-03");
        assertThat(d.supportFalse()).extracting(Justification.ClaimNode::claim).containsExactly("right-04");
        assertThat(d.supportTrue().get(0).premises()).extracting(p -> p.literal().toString()).containsExactly("b", "c");
        assertThat(plausible.status().label()).isEqualTo("PLAUSIBLE true");
        assertThat(plausible.support()).singleElement().satisfies(n ->
                assertThat(n.defeatedBy()).containsExactly(Literal.parse("d")));
    }

    @Test
    void an_assumption_lists_the_claims_that_push_against_it() {
        Evaluation e = graph.evaluate(List.of(Literal.parse("c"), Literal.parse("d")), kb.sourceIds());

        Justification j = Justifier.explain(kb, e, "d");

        assertThat(j.status().label()).isEqualTo("ASSUMED true");
        assertThat(j.tensions()).extracting(Justification.ClaimNode::claim).containsExactly("right-04");
    }
}
