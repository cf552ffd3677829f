package org.qantar.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriorTest {

    @Test
    void a_probability_or_a_beta_with_their_means() {
        assertThat(Prior.probability(0.3).mean()).isEqualTo(0.3);
        assertThat(Prior.beta(2, 6).mean()).isEqualTo(0.25);
        assertThat(Prior.beta(2, 6).toString()).isEqualTo("beta(2, 6)");
    }

    @Test
    void refuses_out_of_range_and_mixed_forms() {
        assertThatThrownBy(() -> Prior.probability(1.2)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Prior.beta(0, 1)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> new Prior(0.5, 1.0, 1.0)).hasMessageContaining("not both");
        assertThatThrownBy(() -> Prior.probability(Double.NaN)).hasMessageContaining("between 0 and 1");
    }

    @Test
    void refuses_non_finite_and_absurd_beta_parameters() {
        assertThatThrownBy(() -> Prior.beta(1e308, 1e308)).hasMessageContaining("at most 1,000,000");
        assertThatThrownBy(() -> Prior.beta(Double.POSITIVE_INFINITY, 1)).hasMessageContaining("at most 1,000,000");
        assertThatThrownBy(() -> Prior.beta(Double.NaN, 1)).hasMessageContaining("above 0");
        assertThat(Prior.beta(1_000_000, 1_000_000).toString()).isEqualTo("beta(1000000, 1000000)");
    }

    @Test
    void minus_zero_is_zero() {
        assertThat(Prior.probability(-0.0).toString()).isEqualTo("0.00");
    }
}
