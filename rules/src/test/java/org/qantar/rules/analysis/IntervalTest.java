package org.qantar.rules.analysis;

import org.junit.jupiter.api.Test;
import org.qantar.model.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IntervalTest {

    @Test
    void wilsonMatchesTheTextbookValue() {
        // 50 of 100 at 95%: 0.4038 to 0.5962
        Interval i = Interval.wilson(50, 100);
        assertThat(i.lower()).isCloseTo(0.4038, within(1e-4));
        assertThat(i.upper()).isCloseTo(0.5962, within(1e-4));
    }

    @Test
    void noneOrAllSuccessesTouchTheEndsExactly() {
        assertThat(Interval.wilson(0, 1000).lower()).isZero();
        assertThat(Interval.wilson(0, 1000).upper()).isCloseTo(0.0038, within(1e-4));
        assertThat(Interval.wilson(1000, 1000).upper()).isEqualTo(1.0);
    }

    @Test
    void writesAsAPair() {
        assertThat(Json.write(new Interval(0.25, 0.5))).isEqualTo("[0.25,0.5]");
    }
}
