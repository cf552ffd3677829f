package org.qantar.rules.analysis;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.json.Json;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.graph.GraphEvaluator;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qantar.rules.analysis.StatusValue.CONTESTED;
import static org.qantar.rules.analysis.StatusValue.OPEN;
import static org.qantar.rules.analysis.StatusValue.PLAUSIBLE_FALSE;
import static org.qantar.rules.analysis.StatusValue.PLAUSIBLE_TRUE;
import static org.qantar.rules.analysis.StatusValue.SUPPORTED_FALSE;
import static org.qantar.rules.analysis.StatusValue.SUPPORTED_TRUE;

class SimulationTest {

    /**
     * x is supported when a and b hold and c does not; contested when all three hold. y rests on b
     * unless a (so a leaves it merely plausible); z follows y.
     */
    static final KnowledgeBase SMALL = TestKb.builder()
            .drivers("a", "b", "c")
            .outcomes("x", "y", "z")
            .claim("c1", "s1", "a & b -> x")
            .claim("c2", "s2", "c -> !x")
            .claim("c3", "s1", "b -> y unless a")
            .claim("c4", "s2", "y -> z")
            .build();

    static final Map<String, Prior> PRIORS = Map.of(
            "a", Prior.probability(0.3), "b", Prior.probability(0.6), "c", Prior.beta(2, 2));

    static final KnowledgeBase SYNTHETIC = TestKb.synthetic(7, 20, 20, 70);

    private static Simulation simulation(KnowledgeBase kb, List<Literal> assumptions, List<String> lens,
                                         Map<String, Prior> priors) {
        return new Simulation(Baseline.of(new GraphEvaluator(kb), assumptions, lens, priors));
    }

    /** Worked out by hand for {@link #SMALL} and {@link #PRIORS}: P(a) = 0.3, P(b) = 0.6, P(c) = 0.5. */
    static final Map<String, Map<StatusValue, Double>> EXACT = Map.of(
            "x", Map.of(SUPPORTED_TRUE, 0.3 * 0.6 * 0.5, SUPPORTED_FALSE, 0.5 * (1 - 0.18),
                    CONTESTED, 0.18 * 0.5, OPEN, (1 - 0.18) * 0.5),
            "y", Map.of(SUPPORTED_TRUE, 0.6 * 0.7, PLAUSIBLE_TRUE, 0.6 * 0.3, OPEN, 0.4),
            "z", Map.of(SUPPORTED_TRUE, 0.6 * 0.7, PLAUSIBLE_TRUE, 0.6 * 0.3, OPEN, 0.4));

    @Test
    void exactProbabilitiesFallInsideTheIntervals() {
        // given c ~ Bernoulli(p), p ~ Beta(2, 2), so P(c) = 0.5
        Simulation sim = simulation(SMALL, List.of(), List.of(), PRIORS);

        // when
        SimulationResult result = sim.run(20_000, 7);

        // then the probabilities worked out by hand lie inside the 95% intervals. Each check misses
        // for one seed in twenty, so ten checks miss somewhere for ~40% of seeds (seeds 1 and 42 do,
        // once each): the seed is fixed, and the next test checks the coverage rate itself.
        EXACT.forEach((outcome, exact) -> expect(result, outcome, exact));
    }

    @Test
    void intervalsCoverTheExactProbabilitiesAboutNineteenTimesInTwenty() {
        // given
        Simulation sim = simulation(SMALL, List.of(), List.of(), PRIORS);
        int checks = 0;
        int covered = 0;

        // when 30 seeds each check the 10 non-zero probabilities
        for (long seed = 100; seed < 130; seed++) {
            SimulationResult result = sim.run(4_000, seed);
            for (var e : EXACT.entrySet()) {
                for (var p : e.getValue().entrySet()) {
                    checks++;
                    if (result.outcome(e.getKey()).orElseThrow().interval(p.getKey()).contains(p.getValue())) {
                        covered++;
                    }
                }
            }
        }

        // then the coverage is near the nominal 95% (z and y move together, so allow for it)
        assertThat((double) covered / checks).isBetween(0.88, 1.0);
    }

    /** Status-values absent from {@code expected} must never occur; the others must be covered. */
    private static void expect(SimulationResult result, String outcome, Map<StatusValue, Double> expected) {
        SimulationResult.OutcomeDistribution d = result.outcome(outcome).orElseThrow();
        for (StatusValue sv : StatusValue.values()) {
            double exact = expected.getOrDefault(sv, 0.0);
            if (exact == 0.0) {
                assertThat(d.probability(sv)).as(outcome + " " + sv).isZero();
            } else {
                assertThat(d.interval(sv).contains(exact)).as(outcome + " " + sv + " " + d.interval(sv) + " ∌ " + exact).isTrue();
            }
        }
    }

    @Test
    void assumptionsAreHeldFixedAndAssumedOutcomesLeftOut() {
        // given a and x... a assumed true, y assumed true
        Simulation sim = simulation(SMALL, List.of(Literal.parse("a"), Literal.parse("y")), List.of(), PRIORS);

        // when
        SimulationResult result = sim.run(20_000, 7);

        // then y is not reported, z follows the assumed y always, and x needs b and !c
        assertThat(result.outcomes()).extracting(SimulationResult.OutcomeDistribution::proposition).containsExactly("x", "z");
        assertThat(result.outcome("z").orElseThrow().probability(SUPPORTED_TRUE)).isEqualTo(1.0);
        expect(result, "x", Map.of(SUPPORTED_TRUE, 0.6 * 0.5, SUPPORTED_FALSE, 0.4 * 0.5, CONTESTED, 0.6 * 0.5,
                OPEN, 0.4 * 0.5));
    }

    @Test
    void theLensDecidesWhichClaimsCount() {
        // given only s1 counted: c's claim against x does not count
        Simulation sim = simulation(SMALL, List.of(), List.of("s1"), PRIORS);

        // when
        SimulationResult result = sim.run(20_000, 3);

        // then
        expect(result, "x", Map.of(SUPPORTED_TRUE, 0.18, OPEN, 0.82));
        expect(result, "z", Map.of(OPEN, 1.0));
    }

    @Test
    void sameSeedSameNumbersOnOneTwoOrFourThreads() {
        // given a realistic knowledge base with mixed priors
        Simulation sim = simulation(SYNTHETIC, List.of(Literal.parse("d03")), List.of(),
                Map.of("d00", Prior.beta(2, 5), "d01", Prior.probability(0.9), "d07", Prior.beta(0.5, 0.5)));

        // when
        SimulationResult one = sim.run(10_000, 99, 1, f -> { });
        SimulationResult two = sim.run(10_000, 99, 2, f -> { });
        SimulationResult four = sim.run(10_000, 99, 4, f -> { });
        SimulationResult otherSeed = sim.run(10_000, 100, 2, f -> { });

        // then
        assertThat(two).isEqualTo(one);
        assertThat(four).isEqualTo(one);
        assertThat(otherSeed).isNotEqualTo(one);
    }

    @Test
    void probabilitiesAreInUnitIntervalAndSumToOne() {
        // when
        SimulationResult result = simulation(SYNTHETIC, List.of(), List.of(), Map.of()).run(5_000, 5);

        // then
        assertThat(result.outcomes()).hasSize(20);
        for (SimulationResult.OutcomeDistribution d : result.outcomes()) {
            double sum = 0;
            for (StatusValue sv : StatusValue.values()) {
                double p = d.probability(sv);
                assertThat(p).isBetween(0.0, 1.0);
                assertThat(d.interval(sv).contains(p)).isTrue();
                assertThat(d.interval(sv).lower()).isGreaterThanOrEqualTo(0.0);
                assertThat(d.interval(sv).upper()).isLessThanOrEqualTo(1.0);
                sum += p;
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        }
        // and the synthetic knowledge base is not degenerate: several statuses do occur
        assertThat(result.outcomes().stream().flatMap(d -> d.probabilities().entrySet().stream())
                .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).distinct())
                .contains(SUPPORTED_TRUE, SUPPORTED_FALSE, PLAUSIBLE_TRUE, PLAUSIBLE_FALSE, CONTESTED, OPEN);
    }

    @Test
    void progressRisesToOne() {
        // given
        List<Double> seen = new ArrayList<>();

        // when
        simulation(SYNTHETIC, List.of(), List.of(), Map.of()).run(5_000, 5, 2, f -> seen.add(f));

        // then
        assertThat(seen).isSorted().last().isEqualTo(1.0);
        assertThat(seen).hasSize((5_000 + Simulation.BLOCK - 1) / Simulation.BLOCK);
    }

    @Test
    void jsonHasTheDocumentedShape() {
        // given
        SimulationResult result = simulation(SMALL, List.of(), List.of(), PRIORS).run(1_000, 8);

        // when
        JsonNode json = Json.tree(Json.write(result));

        // then
        assertThat(fieldNames(json)).containsExactly("samples", "seed", "outcomes");
        assertThat(json.get("samples").asInt()).isEqualTo(1_000);
        assertThat(json.get("seed").asLong()).isEqualTo(8);
        JsonNode x = json.get("outcomes").get(0);
        assertThat(fieldNames(x)).containsExactly("proposition", "probabilities", "intervals", "strength");
        assertThat(fieldNames(x.get("strength"))).containsExactly("stated", "atLeastLikely");
        double supported = x.get("probabilities").get("SUPPORTED_TRUE").asDouble()
                + x.get("probabilities").get("SUPPORTED_FALSE").asDouble();
        assertThat(x.get("strength").get("stated").asDouble())
                .isLessThanOrEqualTo(x.get("strength").get("atLeastLikely").asDouble());
        assertThat(x.get("strength").get("atLeastLikely").asDouble()).isLessThanOrEqualTo(supported + 1e-12);
        assertThat(x.get("proposition").asString()).isEqualTo("x");
        List<String> order = List.of("SUPPORTED_TRUE", "SUPPORTED_FALSE", "PLAUSIBLE_TRUE", "PLAUSIBLE_FALSE",
                "CONTESTED", "OPEN");
        assertThat(fieldNames(x.get("probabilities"))).containsExactlyElementsOf(order);
        assertThat(fieldNames(x.get("intervals"))).containsExactlyElementsOf(order);
        JsonNode interval = x.get("intervals").get("SUPPORTED_TRUE");
        assertThat(interval.isArray()).isTrue();
        assertThat(interval.size()).isEqualTo(2);
        assertThat(interval.get(0).asDouble()).isLessThanOrEqualTo(x.get("probabilities").get("SUPPORTED_TRUE").asDouble());
    }

    static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    @Test
    void refusesNoSamples() {
        Simulation sim = simulation(SMALL, List.of(), List.of(), Map.of());
        assertThatThrownBy(() -> sim.run(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
