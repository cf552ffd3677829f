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

    @Test
    void under_a_premise_only_the_claims_that_establish_it_are_listed() {
        // given x follows from a (s-01) and from q (s-02); q is contested (r gives it, t denies it);
        // y follows from x and q, so y is only plausible and its tree shows possible support
        KnowledgeBase k = new SyntheticKb()
                .claim("s", "a -> x")
                .claim("s", "q -> x")
                .claim("s", "r -> q")
                .claim("u", "t -> !q")
                .claim("s", "x & q -> y")
                .knowledgeBase();
        Evaluation e = new GraphEvaluator(k).evaluate(
                List.of(Literal.parse("a"), Literal.parse("r"), Literal.parse("t")), k.sourceIds());

        // when
        Justification y = Justifier.explain(k, e, "y");

        // then x is SUPPORTED by s-01 alone, and under the premise x only s-01 appears: s-02 rests
        // on the contested q and establishes nothing
        assertThat(e.status("x").orElseThrow().label()).isEqualTo("SUPPORTED true");
        assertThat(e.status("x").orElseThrow().supportedBy()).containsExactly("s-01");
        assertThat(y.support()).singleElement().satisfies(n -> assertThat(n.premises())
                .filteredOn(p -> p.literal().equals(Literal.parse("x"))).singleElement()
                .satisfies(p -> assertThat(p.because()).extracting(Justification.ClaimNode::claim)
                        .containsExactly("s-01")));
    }
}
