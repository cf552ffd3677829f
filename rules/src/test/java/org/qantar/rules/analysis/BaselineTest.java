package org.qantar.rules.analysis;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineTest {

    private final GraphEvaluator graph = new GraphEvaluator(SimulationTest.SMALL);

    @Test
    void assumedPropositionsAreNotFree() {
        // when
        Baseline b = Baseline.of(graph, List.of(Literal.parse("b"), Literal.parse("!y")), List.of(), Map.of());

        // then
        assertThat(java.util.Arrays.stream(b.freeDrivers()).mapToObj(b::id)).containsExactly("a", "c");
        assertThat(java.util.Arrays.stream(b.freeOutcomes()).mapToObj(b::id)).containsExactly("x", "z");
        assertThat(b.assumptions()).containsExactly(Literal.parse("b"), Literal.parse("!y"));
    }

    @Test
    void followsTheEnginesConventions() {
        // when: two assumptions on a (the last wins), one on a proposition the knowledge base lacks
        Baseline b = Baseline.of(graph, List.of(Literal.parse("a"), Literal.parse("!a"), Literal.parse("gone")),
                List.of(), Map.of());

        // then
        assertThat(b.assumptions()).containsExactly(Literal.parse("!a"));
        assertThat(b.lens()).containsExactly("s1", "s2");
        assertThat(Baseline.of(graph, List.of(), List.of("s2", "nobody"), Map.of()).lens()).containsExactly("s2");
    }

    @Test
    void driversWithoutAPriorCountAsAHalf() {
        // when
        Baseline b = Baseline.of(graph, List.of(), List.of(), Map.of("b", Prior.beta(2, 5), "x", Prior.probability(1)));

        // then (the prior on the outcome x is ignored)
        assertThat(b.prior(0)).isEqualTo(Prior.UNIFORM);
        assertThat(b.prior(1)).isEqualTo(Prior.beta(2, 5));
        assertThat(b.prior(2)).isEqualTo(Prior.UNIFORM);
    }

    @Test
    void priorsApplyToDriversOnly() {
        assertThat(Baseline.requireDriver(SimulationTest.SMALL, "a").id()).isEqualTo("a");
        assertThatThrownBy(() -> Baseline.requireDriver(SimulationTest.SMALL, "x"))
                .hasMessage("'x' is an outcome: priors apply to drivers only (see `propositions`)");
        assertThatThrownBy(() -> Baseline.requireDriver(SimulationTest.SMALL, "bb"))
                .hasMessageStartingWith("unknown proposition 'bb'; did you mean b");
    }
}
