package org.qantar.rules.hindsight;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.rules.workbench.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProbabilityMapTest {

    @Test
    void theDefaultsAreNinetySeventyAndFiftyFive() {
        assertThat(ProbabilityMap.parse(null)).isEqualTo(ProbabilityMap.DEFAULT);
        assertThat(ProbabilityMap.DEFAULT.of(Confidence.STATED)).isEqualTo(0.9);
        assertThat(ProbabilityMap.DEFAULT.of(Confidence.LIKELY)).isEqualTo(0.7);
        assertThat(ProbabilityMap.DEFAULT.of(Confidence.POSSIBLE)).isEqualTo(0.55);
    }

    @Test
    void levelsAreOverriddenOneByOneCaseAndBlanksAside() {
        assertThat(ProbabilityMap.parse(" Likely = 0.8 , possible=0.6")).isEqualTo(new ProbabilityMap(0.9, 0.8, 0.6));
    }

    @Test
    void aProbabilityOutsideHalfToOneAnUnknownLevelOrAMalformedItemIsRefused() {
        assertThatThrownBy(() -> ProbabilityMap.parse("likely=1.2")).isInstanceOf(InvalidInput.class)
                .hasMessage("the probability for likely must lie between 0.5 and 1, not 1.2");
        assertThatThrownBy(() -> ProbabilityMap.parse("stated=NaN")).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("the probability for stated must lie between 0.5 and 1");
        assertThatThrownBy(() -> ProbabilityMap.parse("sure=0.9")).isInstanceOf(InvalidInput.class)
                .hasMessage("unknown confidence level 'sure' (use stated, likely or possible)");
        assertThatThrownBy(() -> ProbabilityMap.parse("stated")).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("bad probability 'stated' (use LEVEL=P");
        assertThatThrownBy(() -> ProbabilityMap.parse("stated=high")).isInstanceOf(InvalidInput.class)
                .hasMessage("bad probability 'stated=high' (a number between 0.5 and 1)");
    }

    @Test
    void datesMayBeDaysMonthsYearsOrPeriodsInOrder() {
        assertThat(ResolutionDate.require("2022-01-19")).isEqualTo("2022-01-19");
        assertThat(ResolutionDate.require(" 2022-06/2023 ")).isEqualTo("2022-06/2023");
        assertThat(ResolutionDate.start("2022-06/2023").toString()).isEqualTo("2022-06-01");
        // a period may end within the month it starts in
        assertThat(ResolutionDate.require("2022-06-10/2022-06")).isEqualTo("2022-06-10/2022-06");
        assertThatThrownBy(() -> ResolutionDate.require("2022/2023/2024")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ResolutionDate.require("22-01-19")).isInstanceOf(InvalidInput.class);
    }
}
