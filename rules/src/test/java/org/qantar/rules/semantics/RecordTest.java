package org.qantar.rules.semantics;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;
import org.qantar.rules.Tension;
import org.qantar.rules.graph.GraphEvaluator;
import org.qantar.rules.testkb.SyntheticKb;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qantar.model.Confidence.POSSIBLE;
import static org.qantar.model.Confidence.STATED;

/** Facts and the record: RECORDED by default, counterfactuals against it, and the record off. */
class RecordTest {

    private final KnowledgeBase kb = new SyntheticKb()
            .fact("protests", true)
            .claim("s", STATED, "protests -> crackdown")
            .claim("s", POSSIBLE, "grievance -> !protests")
            .proposition("grievance")
            .knowledgeBase();
    private final GraphEvaluator graph = new GraphEvaluator(kb);

    private Evaluation evaluate(boolean record, String... assumptions) {
        return graph.evaluate(java.util.Arrays.stream(assumptions).map(Literal::parse).toList(), kb.sourceIds(),
                record, POSSIBLE);
    }

    @Test
    void a_fact_stands_at_its_recorded_value_and_reasoning_follows_from_it() {
        Evaluation e = evaluate(true);

        PropositionStatus protests = e.status("protests").orElseThrow();
        assertThat(protests.label()).isEqualTo("RECORDED true");
        assertThat(protests.counterfactual()).isFalse();
        assertThat(e.status("crackdown").orElseThrow().label()).isEqualTo("SUPPORTED true");
        assertThat(e.assumptions()).isEmpty();
        assertThat(e.fixed()).containsExactly(Literal.parse("protests"));
        assertThat(e.record()).isTrue();
    }

    @Test
    void assuming_against_the_record_is_a_counterfactual_and_unassuming_returns_to_the_record() {
        Evaluation against = evaluate(true, "!protests");
        Evaluation with = evaluate(true, "protests");

        assertThat(against.status("protests").orElseThrow().status()).isEqualTo(Status.ASSUMED);
        assertThat(against.status("protests").orElseThrow().counterfactual()).isTrue();
        assertThat(against.status("crackdown").orElseThrow().label()).isEqualTo("OPEN");
        assertThat(with.status("protests").orElseThrow().counterfactual()).isFalse();
    }

    @Test
    void a_claim_against_the_record_is_a_tension() {
        Evaluation e = evaluate(true, "grievance");

        assertThat(e.tensions()).containsExactly(new Tension("protests", kb.claims().get(1).id(), "s"));
        assertThat(e.status("protests").orElseThrow().label()).isEqualTo("RECORDED true");
    }

    @Test
    void with_the_record_off_a_fact_is_reasoned_to_like_an_outcome() {
        Evaluation off = evaluate(false, "grievance");
        Evaluation offAgainst = evaluate(false, "!protests");

        assertThat(off.record()).isFalse();
        assertThat(off.status("protests").orElseThrow().label()).isEqualTo("SUPPORTED false");
        assertThat(off.status("protests").orElseThrow().strength()).isEqualTo(POSSIBLE);
        assertThat(off.tensions()).isEmpty();
        assertThat(offAgainst.status("protests").orElseThrow().counterfactual()).isFalse();
        assertThat(List.copyOf(off.fixed())).containsExactly(Literal.parse("grievance"));
    }
}
