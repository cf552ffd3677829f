package org.qantar.rules.workbench;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTest {

    @Test
    void literals_parse_from_words_and_comma_lists() {
        assertThat(Ids.split(List.of("a,!b", " c ", ",,"))).containsExactly("a", "!b", "c");
        assertThat(Ids.parseLiteral("!x_1")).isEqualTo(new Literal("x_1", false));
    }

    @Test
    void a_malformed_literal_says_how_to_write_one() {
        assertThatThrownBy(() -> Ids.parseLiteral("Fuel-Price"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("not a literal: 'Fuel-Price' (write a proposition id, or !id for its negation, e.g. !fuel_price)");
    }

    @Test
    void an_unknown_id_with_nothing_near_points_to_the_listing() {
        assertThat(Ids.unknown("source", "zzz", List.of("cornell-ni", "cepa")).getMessage())
                .isEqualTo("unknown source 'zzz' (sources lists them)");
        assertThat(Ids.unknown("source", "cornel-ni", List.of("cornell-ni", "cepa")).getMessage())
                .isEqualTo("unknown source 'cornel-ni' (did you mean cornell-ni?)");
    }
}
