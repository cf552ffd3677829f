package org.qantar.shell.render;

import org.junit.jupiter.api.Test;
import org.qantar.rules.Evaluation;
import org.qantar.rules.Justifier;

import static org.assertj.core.api.Assertions.assertThat;

class JustificationViewTest {

    private static String why(String proposition, int width, String... assumptions) {
        Evaluation e = TinyKb.evaluate(assumptions);
        return JustificationView.render(Justifier.explain(TinyKb.KB, e, proposition), TinyKb.KB, e,
                Screen.plain(width));
    }

    @Test
    void a_supported_proposition_shows_its_claims_down_to_the_assumptions() {
        assertThat(why("y", 60, "x")).isEqualTo("""
                y is SUPPORTED true (strength stated)
                established by:
                └─ a-1 (alpha, stated) x => y
                   "quote of a-1"
                   └─ x: ASSUMED true (assumed)
                """);
    }

    @Test
    void a_contested_proposition_shows_both_sides_and_wraps_quotes_to_the_width() {
        assertThat(why("z", 40, "x")).isEqualTo("""
                z is CONTESTED (strength likely)
                possibly true because:
                └─ a-2 (alpha, likely) y => z unless w
                   "when y comes, z is never far behind,
                   as a rule"
                   └─ y: SUPPORTED true (stated), because:
                      └─ a-1 (alpha, stated) x => y
                         "quote of a-1"
                         └─ x: ASSUMED true (assumed)
                possibly false because:
                └─ b-1 (beta, likely) x => !z
                   "quote of b-1"
                   └─ x: ASSUMED true (assumed)
                """);
    }

    @Test
    void an_assumption_shows_the_claims_pushing_against_it() {
        assertThat(why("y", 60, "x", "!y")).isEqualTo("""
                y is ASSUMED false
                you assumed it
                pushing against it:
                └─ a-1 (alpha, stated) x => y
                   "quote of a-1"
                   └─ x: ASSUMED true (assumed)
                """);
    }

    @Test
    void an_open_proposition_says_what_would_reach_it() {
        assertThat(why("y", 60)).isEqualTo("""
                y is OPEN
                no counted claim reaches it; these would, if their premises held:
                └─ a-1 (alpha, stated) x => y
                   └─ x: OPEN
                """);
        assertThat(why("v", 60)).isEqualTo("""
                v is OPEN
                no counted claim concludes it either way
                """);
    }
}
