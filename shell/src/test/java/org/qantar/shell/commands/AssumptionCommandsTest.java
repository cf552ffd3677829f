package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.Status;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssumptionCommandsTest extends ShellTestBase {

    @Test
    void assume_prints_only_what_moved_and_undo_redo_walk_it_back_and_forth() throws Exception {
        // given
        Claim claim = chainingClaim();
        String conclusion = claim.conclusion().proposition();

        // when
        String assumed = send("assume " + premisesOf(claim));

        // then
        assertThat(assumed).contains(claim.premises().get(0).proposition() + " ").contains("OPEN -> ASSUMED");
        assertThat(assumed).containsPattern(conclusion + " +OPEN -> ");
        assertThat(workbench.evaluation().status(conclusion).orElseThrow().status()).isNotEqualTo(Status.OPEN);
        assertThat(assumed.lines().count()).isLessThan(kb().propositions().size());

        String undone = send("undo");
        assertThat(undone).containsPattern(conclusion + " +\\S.* -> OPEN");
        assertThat(workbench.assumptions()).isEmpty();

        String redone = send("redo");
        assertThat(redone).containsPattern(conclusion + " +OPEN -> ");
        assertThat(workbench.assumptions()).containsExactlyInAnyOrderElementsOf(claim.premises());
    }

    @Test
    void undo_and_redo_with_nothing_to_do_say_so_in_one_line_without_failing() {
        Run undo = run("undo");
        Run redo = run("redo");

        assertThat(undo.status()).isZero();
        // newcomer #11: a one-shot undo finds no history; say why rather than just "nothing"
        assertThat(undo.output().strip()).isEqualTo("nothing to undo (changes can be undone within one shell or"
                + " script, not across runs)");
        assertThat(redo.status()).isZero();
        assertThat(redo.output().strip()).isEqualTo("nothing to redo");
    }

    /** Newcomer #23: the list of changes mixed drivers and outcomes; it follows status: outcomes first. */
    @Test
    void the_changes_list_outcomes_then_drivers_then_facts() {
        List<String> drivers = kb().propositions().stream().filter(p -> p.isDriver()).map(p -> p.id()).toList();

        String out = run("assume " + String.join(" ", drivers)).output();

        List<Integer> kinds = out.lines().map(l -> l.split(" ")[0]).filter(id -> kb().proposition(id).isPresent())
                .map(id -> kb().proposition(id).orElseThrow())
                .map(p -> p.isOutcome() ? 0 : p.isDriver() ? 1 : 2).toList();
        assertThat(kinds).contains(0, 1).isSorted();
    }

    /** Newcomer #19: undoing {@code lens all} printed only the propositions that moved. */
    @Test
    void undo_and_redo_say_which_input_they_moved() {
        String source = kb().voices().get(0).id();
        run("lens " + source);
        run("lens all");

        assertThat(run("undo").output()).startsWith("undid: lens now " + source + "\n");
        assertThat(run("redo").output()).startsWith("redid: lens now all sources\n");
    }

    /** Newcomer #26: unassume of something not assumed said only "no status changed". */
    @Test
    void unassume_of_what_is_not_assumed_says_so() {
        String id = kb().propositionIds().get(0);

        Run r = run("unassume " + id);

        assertThat(r.status()).isZero();
        assertThat(r.output()).startsWith(id + " is not assumed\n");
    }

    @Test
    void a_negated_literal_assumes_false_and_unassume_withdraws_it() throws Exception {
        String id = kb().propositionIds().get(0);

        send("assume !" + id);
        assertThat(workbench.assumptions()).containsExactly(new Literal(id, false));

        String out = send("unassume " + id);
        assertThat(out).contains(id).contains("ASSUMED false -> ");
        assertThat(workbench.assumptions()).isEmpty();
    }

    @Test
    void reset_withdraws_every_assumption_and_is_one_undo_step() throws Exception {
        Claim claim = chainingClaim();
        send("assume " + premisesOf(claim));

        send("reset");
        assertThat(workbench.assumptions()).isEmpty();

        send("undo");
        assertThat(workbench.assumptions()).hasSameSizeAs(claim.premises());
    }

    @Test
    void an_unknown_proposition_is_a_usage_error_naming_the_nearest_id_and_changes_nothing() {
        String id = kb().propositionIds().get(0);

        Run r = run("assume " + misspelt(id));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.message()).startsWith("unknown proposition '" + misspelt(id) + "'").contains(id)
                .doesNotContain("\n");
        assertThat(workbench.assumptions()).isEmpty();
    }

    /** Newcomer #24: "ﬁuel_price_shock" (a ligature) was answered with "e.g. !uel_price_shock", no real id. */
    @Test
    void a_malformed_literal_names_a_real_id_as_its_example() {
        String id = kb().propositionIds().stream().filter(p -> p.startsWith("f") && p.length() > 6).findFirst()
                .orElseThrow();
        String typed = "\uFB01" + id.substring(1); // the "fi" ligature in place of the f

        Run r = run("assume " + typed);

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.message()).startsWith("not a literal: '" + typed + "'")
                .contains("e.g. " + id + " or !" + id + ")");
    }

    @Test
    void a_malformed_literal_or_both_values_at_once_are_usage_errors() {
        String id = kb().propositionIds().get(0);

        Run malformed = run("assume Not-An-Id");
        Run both = run("assume " + id + " !" + id);
        Run none = run("assume");

        assertThat(malformed.status()).isEqualTo(2);
        assertThat(malformed.message()).contains("not a literal");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.message()).contains("cannot assume both");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.message()).contains("at least one literal");
        assertThat(workbench.assumptions()).isEmpty();
    }

    @Test
    void unassume_of_an_unknown_id_is_a_usage_error() {
        Run r = run("unassume no_such_proposition_here");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.message()).startsWith("unknown proposition 'no_such_proposition_here'");
    }
}
