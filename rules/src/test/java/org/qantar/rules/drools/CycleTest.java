package org.qantar.rules.drools;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Scenario;
import org.qantar.rules.Status;
import org.qantar.rules.graph.GraphEvaluator;
import org.qantar.rules.testkb.SyntheticKb;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cycles of claims and sources that contradict each other must settle on one well-defined answer:
 * the least fixpoint of each stratum, whatever the history of the session.
 */
class CycleTest {

    // a and b support each other; c feeds the loop; the loop pushes d both ways from two sources;
    // e is defeated by the contested d.
    private static final SyntheticKb SPEC = new SyntheticKb()
            .claim("left", "a -> b")
            .claim("left", "b -> a")
            .claim("left", "c -> a")
            .claim("left", "b -> d")
            .claim("right", "a -> !d")
            .claim("right", "b -> e unless d")
            .claim("right", "e -> !c");

    private static KnowledgeBase kb;
    private static DroolsRuleBase rules;
    private static GraphEvaluator graph;

    @BeforeAll
    static void compile() {
        kb = SPEC.knowledgeBase();
        rules = DroolsRuleBase.compile(SPEC.drlFiles());
        graph = new GraphEvaluator(kb);
    }

    @AfterAll
    static void release() {
        rules = null;
    }

    private static Literal lit(String s) {
        return Literal.parse(s);
    }

    @Test
    void a_cycle_does_not_keep_itself_alive_after_its_assumption_is_withdrawn() {
        try (Scenario s = rules.newScenario(kb)) {
            s.assume(lit("c"));
            assertThat(s.evaluation().status("a").orElseThrow().status()).isEqualTo(Status.SUPPORTED);
            assertThat(s.evaluation().status("b").orElseThrow().status()).isEqualTo(Status.SUPPORTED);

            s.unassume("c");
            Evaluation after = s.evaluation();

            assertThat(after.statuses()).allSatisfy(p -> assertThat(p.status()).isEqualTo(Status.OPEN));
            assertThat(after.strata().possible()).isEmpty();
        }
    }

    @Test
    void contradicting_sources_make_a_proposition_contested_and_defeat_what_rests_on_it() {
        try (Scenario s = rules.newScenario(kb)) {
            s.assume(lit("a"));
            Evaluation e = s.evaluation();

            assertThat(e.status("d").orElseThrow().status()).isEqualTo(Status.CONTESTED);
            assertThat(e.status("d").orElseThrow().contestedTrue()).containsExactly("left-04");
            assertThat(e.status("d").orElseThrow().contestedFalse()).containsExactly("right-05");
            assertThat(e.status("e").orElseThrow().label()).isEqualTo("PLAUSIBLE true");
        }
    }

    @Test
    void a_lens_on_one_source_removes_the_other_sides_claims() {
        try (Scenario s = rules.newScenario(kb)) {
            s.assume(lit("a"));
            s.lens(List.of("left"));
            Evaluation e = s.evaluation();

            assertThat(e.status("d").orElseThrow().label()).isEqualTo("SUPPORTED true");
            assertThat(e.status("e").orElseThrow().status()).isEqualTo(Status.OPEN);
        }
    }

    @Test
    void a_claim_against_an_assumption_is_a_tension_not_a_contest() {
        try (Scenario s = rules.newScenario(kb)) {
            s.assume(lit("c"));
            s.lens(List.of("right", "left"));
            s.assume(lit("!d"));
            Evaluation e = s.evaluation();

            assertThat(e.status("d").orElseThrow().label()).isEqualTo("ASSUMED false");
            // b -> d pushes against !d, and e -> !c against c
            assertThat(e.tensions()).extracting(t -> t.proposition() + ":" + t.claim())
                    .containsExactlyInAnyOrder("d:left-04", "c:right-07");
            // e is no longer defeated: with d assumed false, d cannot be possible
            assertThat(e.status("e").orElseThrow().label()).isEqualTo("SUPPORTED true");
        }
    }

    @Test
    void every_assumption_set_over_the_cycle_gives_the_graph_evaluators_answer() {
        List<String> props = kb.propositionIds();
        try (Scenario s = rules.newScenario(kb)) {
            int worlds = (int) Math.pow(3, props.size());
            for (int w = 0; w < worlds; w++) {
                List<Literal> assumptions = new ArrayList<>();
                int code = w;
                for (String p : props) {
                    int v = code % 3;
                    code /= 3;
                    if (v > 0) {
                        assumptions.add(new Literal(p, v == 1));
                    }
                }
                s.assumeOnly(assumptions);
                Evaluation drools = s.evaluation();
                Evaluation oracle = graph.evaluate(assumptions, kb.sourceIds());
                assertThat(drools.strata()).as("world %s", assumptions).isEqualTo(oracle.strata());
                assertThat(labels(drools)).isEqualTo(labels(oracle));
            }
        }
    }

    static List<String> labels(Evaluation e) {
        return e.statuses().stream().map(p -> p.id() + "=" + p.label() + p.supportedBy() + p.contestedTrue()
                + p.contestedFalse() + " strength " + p.strength() + " dissent " + p.dissent()
                + (p.counterfactual() ? " counterfactual" : "")).toList();
    }
}
