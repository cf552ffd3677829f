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
        // newcomer #35: the words break between entries, never inside "SUPPORTED false 40%"
        assertThat(SimulationView.wrapBetween(SimulationView.words(d), 30))
                .containsExactly("SUPPORTED true 40%,", "SUPPORTED false 40%,", "CONTESTED 20%");
        assertThat(SimulationView.wrapBetween(SimulationView.words(d), 40))
                .containsExactly("SUPPORTED true 40%, SUPPORTED false 40%,", "CONTESTED 20%");
        // in colour the same letters, true green and false magenta (newcomer trial #9: only red and
        // green told SUPPORTED true from SUPPORTED false, both drawn as one block glyph)
        assertThat(SimulationView.bar(d, 10, new Screen(80, true))).contains("\u001b[32mTTTT\u001b[0m")
                .contains("\u001b[35mFFFF\u001b[0m").doesNotContain("\u001b[31m");
    }

    @Test
    void theLegendWrapsBetweenEntriesAt80Columns() {
        String legend = SimulationView.legend(Screen.plain(80));

        assertThat(legend.lines()).hasSize(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(legend.replace("\n", "  ")).isEqualTo(
                "T SUPPORTED true  t PLAUSIBLE true  ? CONTESTED  . OPEN  f PLAUSIBLE false  F SUPPORTED false");
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
                usually (in more than half the worlds): SUPPORTED true: x (75%)

                1. 3 worlds (75.0%)
                   when (no driver value is common to all its worlds)
                   every outcome as usual
                   e.g. with !a, !b

                2. 1 world (25.0%)
                   when a, b
                   unlike usual: CONTESTED: x
                """);
    }

    @Test
    void usuallyIsSaidOnlyOfARealMajorityAndTheRestAreShownInEachProfile() {
        // given (newcomer trial #1) y is SUPPORTED true in a quarter of the worlds and in three other
        // states in a quarter each: no status is usual; x is SUPPORTED true in three quarters
        List<EnumerationResult.Profile> profiles = new java.util.ArrayList<>();
        StatusValue[] ys = {StatusValue.SUPPORTED_TRUE, StatusValue.OPEN, StatusValue.CONTESTED, StatusValue.SUPPORTED_FALSE};
        for (int i = 0; i < 4; i++) {
            profiles.add(new EnumerationResult.Profile(1, 0.25, new java.util.LinkedHashMap<>(Map.of(
                    "x", i == 3 ? StatusValue.OPEN : StatusValue.SUPPORTED_TRUE, "y", ys[i])),
                    List.of(i < 2 ? "!a" : "a", i % 2 == 0 ? "!b" : "b"), List.of(i < 2 ? "!a" : "a", i % 2 == 0 ? "!b" : "b")));
        }
        EnumerationResult result = new EnumerationResult(List.of("a", "b"), List.of(), 4, profiles);

        // when
        String text = ScenariosView.render(result, 10, PLAIN);

        // then
        assertThat(ScenariosView.usualOutcomes(result)).containsOnlyKeys("x");
        assertThat(text).contains("usually (in more than half the worlds): SUPPORTED true: x (75%)\n")
                .contains("no status in more than half the worlds: y\n")
                .doesNotContain("SUPPORTED true: x, y")
                .contains("without a usual status: SUPPORTED false: y");
    }
}
