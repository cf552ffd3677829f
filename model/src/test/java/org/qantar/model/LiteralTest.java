package org.qantar.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiteralTest {

    @Test
    void parses_plain_and_negated_ids_and_prints_them_back() {
        assertThat(Literal.parse("csto_withdraws")).isEqualTo(new Literal("csto_withdraws", true));
        assertThat(Literal.parse(" !csto_withdraws ")).isEqualTo(new Literal("csto_withdraws", false));
        assertThat(Literal.parse("!x1").toString()).isEqualTo("!x1");
        assertThat(Literal.parse("x").negate()).isEqualTo(Literal.parse("!x"));
    }

    @Test
    void refuses_what_is_not_a_proposition_id() {
        assertThatThrownBy(() -> Literal.parse("Bad-Id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a proposition id");
        assertThatThrownBy(() -> Literal.parse("!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_proposition_id_is_a_lower_case_letter_then_lower_case_letters_digits_and_underscores() {
        assertThat(Proposition.isValidId("a")).isTrue();
        assertThat(Proposition.isValidId("csto_withdraws_2")).isTrue();
        assertThat(Proposition.isValidId("a__")).isTrue();
        for (String bad : new String[]{"", "1a", "_a", "a-b", "aB", "A", "a b", "\u00e9t\u00e9", "a\n", "!a"}) {
            assertThat(Proposition.isValidId(bad)).as("'%s'", bad).isFalse();
        }
        assertThat(Proposition.isValidId(null)).isFalse();
    }

    @Test
    void orders_by_proposition_then_true_before_false() {
        assertThat(Literal.parse("a").compareTo(Literal.parse("!a"))).isNegative();
        assertThat(Literal.parse("!a").compareTo(Literal.parse("b"))).isNegative();
    }
}
