package org.qantar.rules.analysis;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.json.Json;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.graph.GraphEvaluator;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SensitivityTest {

    /** x is supported when a holds and b does not (b contests it); c bears on something else. */
    static final KnowledgeBase KB = TestKb.builder()
            .drivers("a", "b", "c")
            .outcomes("x", "w")
            .claim("c1", "s1", "a -> x")
            .claim("c2", "s2", "b -> !x")
            .claim("c3", "s1", "c -> w")
            .build();

    static final Map<String, Prior> PRIORS = Map.of("a", Prior.probability(0.5), "b", Prior.probability(0.2),
            "c", Prior.beta(3, 1));

    private static Sensitivity sensitivity(List<Literal> assumptions) {
        return new Sensitivity(Baseline.of(new GraphEvaluator(KB), assumptions, List.of(), PRIORS));
    }

    @Test
    void effectsHaveTheRightSignsAndRanking() {
        // given P(x supported | a) = P(!b) = 0.8, P(.. | !a) = 0; P(.. | b) = 0, P(.. | !b) = P(a) = 0.5

        // when
        SensitivityResult result = sensitivity(List.of()).run(Literal.parse("x"), 10_000, 3);

        // then a helps most, b hurts, c does nothing at all (common random numbers: exactly zero)
        assertThat(result.drivers()).extracting(SensitivityResult.DriverEffect::driver).containsExactly("a", "b", "c");
        SensitivityResult.DriverEffect a = result.driver("a").orElseThrow();
        SensitivityResult.DriverEffect b = result.driver("b").orElseThrow();
        SensitivityResult.DriverEffect c = result.driver("c").orElseThrow();
        assertThat(a.effect()).isPositive();
        assertThat(a.whenFalse()).isZero();
        assertThat(a.interval().contains(0.8)).isTrue();
        assertThat(b.effect()).isNegative();
        assertThat(b.whenTrue()).isZero();
        assertThat(b.interval().contains(-0.5)).isTrue();
        assertThat(c.effect()).isZero();
        assertThat(c.interval()).isEqualTo(new Interval(0, 0));
        // a's effect is P(x | a) = P(!b) = 0.8, known by hand (whenFalse is 0 above)
        assertThat(a.whenTrue()).isBetween(0.77, 0.83);
        // and the overall probability is P(a)P(!b) = 0.4, within sampling noise
        assertThat(result.probability()).isBetween(0.38, 0.42);
    }

    @Test
    void aNegatedTargetMeasuresSupportForFalse() {
        // when: x SUPPORTED false needs b and !a
        SensitivityResult result = sensitivity(List.of()).run(Literal.parse("!x"), 10_000, 3);

        // then b helps (by P(!a) = 0.5), a hurts (by P(b) = 0.2)
        assertThat(result.target()).isEqualTo("!x");
        assertThat(result.drivers()).extracting(SensitivityResult.DriverEffect::driver).containsExactly("b", "a", "c");
        assertThat(result.driver("b").orElseThrow().interval().contains(0.5)).isTrue();
        assertThat(result.driver("a").orElseThrow().interval().contains(-0.2)).isTrue();
    }

    @Test
    void assumedDriversAreHeldFixedAndNotListed() {
        // given b assumed false
        SensitivityResult result = sensitivity(List.of(Literal.parse("!b"))).run(Literal.parse("x"), 2_000, 3);

        // then only a and c vary, and a decides x alone
        assertThat(result.drivers()).extracting(SensitivityResult.DriverEffect::driver).containsExactly("a", "c");
        assertThat(result.driver("a").orElseThrow().effect()).isEqualTo(1.0);
    }

    @Test
    void sameSeedSameNumbersOnOneTwoOrFourThreads() {
        // given
        KnowledgeBase kb = TestKb.synthetic(11, 20, 20, 70);
        Sensitivity s = new Sensitivity(Baseline.of(new GraphEvaluator(kb), List.of(), List.of(),
                Map.of("d02", Prior.beta(2, 3))));

        // when
        SensitivityResult one = s.run(Literal.parse("o19"), 3_000, 5, 1, f -> { });
        SensitivityResult two = s.run(Literal.parse("o19"), 3_000, 5, 2, f -> { });
        SensitivityResult four = s.run(Literal.parse("o19"), 3_000, 5, 4, f -> { });

        // then
        assertThat(two).isEqualTo(one);
        assertThat(four).isEqualTo(one);
        assertThat(one.drivers()).hasSize(20);
    }

    @Test
    void refusesTargetsThatCannotMove() {
        Sensitivity s = sensitivity(List.of(Literal.parse("x")));
        assertThatThrownBy(() -> s.run(Literal.parse("x"), 100, 1)).hasMessageContaining("'x' is assumed");
        assertThatThrownBy(() -> s.run(Literal.parse("a"), 100, 1)).hasMessageContaining("'a' is a driver");
        assertThatThrownBy(() -> s.run(Literal.parse("wx"), 100, 1)).hasMessageContaining("unknown proposition 'wx'")
                .hasMessageContaining("did you mean");
    }

    @Test
    void jsonHasTheDocumentedShape() {
        // when
        JsonNode json = Json.tree(Json.write(sensitivity(List.of()).run(Literal.parse("x"), 500, 3)));

        // then
        assertThat(SimulationTest.fieldNames(json)).containsExactly("target", "samples", "seed", "probability", "drivers");
        assertThat(SimulationTest.fieldNames(json.get("drivers").get(0)))
                .containsExactly("driver", "whenTrue", "whenFalse", "effect", "interval");
        assertThat(json.get("drivers").get(0).get("interval").size()).isEqualTo(2);
    }
}
