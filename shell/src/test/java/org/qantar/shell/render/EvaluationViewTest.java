package org.qantar.shell.render;

import org.junit.jupiter.api.Test;
import org.qantar.rules.Evaluation;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationViewTest {

    @Test
    void status_shows_outcomes_then_drivers_with_values_and_sources() {
        Evaluation e = TinyKb.evaluate("x");

        assertThat(EvaluationView.status(e, TinyKb.KB, Screen.plain(60))).isEqualTo("""
                lens: all sources · counting every claim · record on

                Outcomes (3)
                PROPOSITION  STATUS     VALUE  STRENGTH  SOURCES
                y            SUPPORTED  true   stated    alpha
                z            CONTESTED  -      likely    true: alpha /
                                                         false: beta
                v            OPEN       -      -

                Drivers (2)
                PROPOSITION  STATUS   VALUE  STRENGTH  SOURCES
                x            ASSUMED  true   -
                w            OPEN     -      -
                """);
    }

    @Test
    void changes_list_only_what_moved_from_before_to_after() {
        Evaluation before = TinyKb.evaluate();
        Evaluation after = TinyKb.evaluate("x");

        String out = EvaluationView.changes(after.changesSince(before), before, after, Screen.plain(60));

        // outcomes first, then drivers, as status lists them (newcomer #23)
        assertThat(out).isEqualTo("""
                y  OPEN -> SUPPORTED true
                z  OPEN -> CONTESTED
                x  OPEN -> ASSUMED true
                """);
    }

    @Test
    void no_change_says_so_and_a_new_tension_is_pointed_out() {
        Evaluation before = TinyKb.evaluate("x");
        Evaluation after = TinyKb.evaluate("x", "!y");

        assertThat(EvaluationView.changes(before.changesSince(before), before, before, Screen.plain(60)))
                .isEqualTo("no status changed\n");
        assertThat(EvaluationView.changes(after.changesSince(before), before, after, Screen.plain(60)))
                .isEqualTo("""
                        y  SUPPORTED true -> ASSUMED false
                        z  CONTESTED -> SUPPORTED false
                        1 claim pushes against your assumptions (see tensions)
                        """);
    }

    @Test
    void tensions_group_the_claims_under_the_assumption_they_push_against() {
        Evaluation e = TinyKb.evaluate("x", "!y");

        assertThat(EvaluationView.tensions(e, TinyKb.KB, Screen.plain(60))).isEqualTo("""
                you assume !y; against it:
                  a-1 (alpha, stated)  x => y
                      "quote of a-1"
                """);
    }
}
