package org.qantar.shell.render;

import org.junit.jupiter.api.Test;
import org.qantar.rules.analysis.EnumerationResult;
import org.qantar.rules.analysis.Interval;
import org.qantar.rules.analysis.SimulationResult;
import org.qantar.rules.analysis.StatusValue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisViewsTest {

    private static final Screen PLAIN = Screen.plain(80);

    @Test
    void apportionFillsTheWidthExactly() {
        assertThat(Shares.apportion(new double[] {0.5, 0.25, 0.25}, 8)).containsExactly(4, 2, 2);
        assertThat(Shares.apportion(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, 10)).containsExactly(4, 3, 3);
        assertThat(Shares.apportion(new double[] {0.999, 0.001, 0}, 25)).containsExactly(25, 0, 0);
    }

    @Test
    void percentagesNeverRoundToCertaintyOrNothing() {
        assertThat(Shares.percent(0)).isEqualTo("0%");
        assertThat(Shares.percent(0.001)).isEqualTo("<1%");
        assertThat(Shares.percent(0.42)).isEqualTo("42%");
        assertThat(Shares.percent(0.999)).isEqualTo(">99%");
        assertThat(Shares.percent(1)).isEqualTo("100%");
    }

    @Test
    void theBarPutsTrueLeftAndFalseRight() {
        // given 40% supported true, 20% contested, 40% supported false
        SimulationResult.OutcomeDistribution d = distribution(Map.of(StatusValue.SUPPORTED_TRUE, 0.4,
                StatusValue.CONTESTED, 0.2, StatusValue.SUPPORTED_FALSE, 0.4));

        // then
        assertThat(SimulationView.bar(d, 10, PLAIN)).isEqualTo("TTTT??FFFF");
        assertThat(SimulationView.words(d)).isEqualTo("SUPPORTED true 40%, SUPPORTED false 40%, CONTESTED 20%");
        assertThat(SimulationView.bar(d, 10, new Screen(80, true))).contains("\u001b[32m████\u001b[0m");
    }

    private static SimulationResult.OutcomeDistribution distribution(Map<StatusValue, Double> shares) {
        Map<StatusValue, Double> p = new EnumMap<>(StatusValue.class);
        Map<StatusValue, Interval> ci = new EnumMap<>(StatusValue.class);
        for (StatusValue sv : StatusValue.values()) {
            p.put(sv, shares.getOrDefault(sv, 0.0));
            ci.put(sv, new Interval(p.get(sv), p.get(sv)));
        }
        return new SimulationResult.OutcomeDistribution("x", p, ci, new SimulationResult.Strength(0, 0));
    }

    @Test
    void theTornadoGrowsFromTheAxis() {
        assertThat(SensitivityView.bar(0.5, 0.5, 4, 4)).isEqualTo("    │████");
        assertThat(SensitivityView.bar(-0.25, 0.5, 4, 4)).isEqualTo("  ██│");
        assertThat(SensitivityView.bar(0.01, 0.5, 0, 4)).isEqualTo("│█");
    }

    @Test
    void profilesShowOnlyWhatDiffersFromTheUsualOutcome() {
        // given x is usually SUPPORTED true; one profile makes it CONTESTED
        EnumerationResult result = new EnumerationResult(List.of("a", "b"), List.of(), 4, List.of(
                new EnumerationResult.Profile(3, 0.75, Map.of("x", StatusValue.SUPPORTED_TRUE), List.of("!a", "!b"), List.of()),
                new EnumerationResult.Profile(1, 0.25, Map.of("x", StatusValue.CONTESTED), List.of("a", "b"), List.of("a", "b"))));

        // when
        String text = ScenariosView.render(result, 10, PLAIN);

        // then
        assertThat(text).isEqualTo("""
                4 worlds over 2 drivers: 2 distinct outcome profiles
                usually (in most worlds): SUPPORTED true: x

                1. 3 worlds (75.0%)
                   when (no driver value is common to all its worlds)
                   every outcome as usual
                   e.g. with !a, !b

                2. 1 world (25.0%)
                   when a, b
                   unlike usual: CONTESTED: x
                """);
    }
}
