package org.qantar.rules.workbench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.rules.Engine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the real engine (loaded once per test JVM); ids are picked from the knowledge base. */
class WorkbenchTest {

    private static final Engine ENGINE = Engine.load();

    private Workbench workbench;
    private KnowledgeBase kb;
    private List<String> ids;

    @BeforeEach
    void open() {
        workbench = new Workbench(ENGINE);
        kb = workbench.knowledgeBase();
        ids = kb.propositionIds();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void starts_untitled_with_nothing_set() {
        assertThat(workbench.sessionName()).isEqualTo("untitled");
        assertThat(workbench.assumptions()).isEmpty();
        assertThat(workbench.unknownAssumptions()).isEmpty();
        assertThat(workbench.lens()).isEmpty();
        assertThat(workbench.priors()).isEmpty();
        assertThat(workbench.evaluation().lens()).containsExactlyInAnyOrderElementsOf(kb.sourceIds());
        assertThat(workbench.canUndo()).isFalse();
    }

    @Test
    void the_one_long_lived_evaluation_always_equals_a_fresh_one_after_random_changes() {
        // given a seeded walk of assumes, unassumes, lens changes, undos and redos
        Random random = new Random(42);
        for (int step = 0; step < 60; step++) {
            Evaluation before = workbench.evaluation();
            List<Evaluation.Change> changes = switch (random.nextInt(6)) {
                case 0, 1 -> workbench.assume(List.of(new Literal(pick(random), random.nextBoolean())));
                case 2 -> workbench.unassume(List.of(pick(random)));
                case 3 -> workbench.setLens(random.nextBoolean() ? List.of()
                        : List.of(kb.sourceIds().get(random.nextInt(kb.sourceIds().size()))));
                case 4 -> workbench.undo();
                default -> workbench.redo();
            };

            // then each step reports exactly what moved, and the state is what a fresh evaluation gives
            Evaluation now = workbench.evaluation();
            assertThat(changes).isEqualTo(now.changesSince(before));
            Evaluation fresh = ENGINE.evaluate(workbench.assumptions(), workbench.lens());
            assertThat(now.statuses()).as("step " + step).isEqualTo(fresh.statuses());
            assertThat(now.tensions()).containsExactlyInAnyOrderElementsOf(fresh.tensions());
        }
    }

    @Test
    void undo_and_redo_step_through_assumptions_lens_and_priors_one_command_at_a_time() {
        Literal a = new Literal(ids.get(0), true);
        String source = kb.sourceIds().get(0);
        workbench.assume(List.of(a));
        workbench.setLens(List.of(source));
        workbench.setPrior(ids.get(1), Prior.probability(0.3));

        workbench.undo();
        assertThat(workbench.priors()).isEmpty();
        assertThat(workbench.lens()).containsExactly(source);
        workbench.undo();
        assertThat(workbench.lens()).isEmpty();
        assertThat(workbench.assumptions()).containsExactly(a);
        workbench.undo();
        assertThat(workbench.assumptions()).isEmpty();
        assertThat(workbench.canUndo()).isFalse();
        assertThat(workbench.undo()).isEmpty();

        workbench.redo();
        workbench.redo();
        workbench.redo();
        assertThat(workbench.assumptions()).containsExactly(a);
        assertThat(workbench.lens()).containsExactly(source);
        assertThat(workbench.priors()).containsEntry(ids.get(1), Prior.probability(0.3));
        assertThat(workbench.canRedo()).isFalse();
    }

    @Test
    void a_change_that_changes_nothing_is_no_undo_step_and_a_new_change_clears_redo() {
        Literal a = new Literal(ids.get(0), true);
        workbench.assume(List.of(a));
        workbench.assume(List.of(a));
        workbench.undo();
        assertThat(workbench.canUndo()).isFalse();

        workbench.assume(List.of(new Literal(ids.get(1), false)));
        assertThat(workbench.canRedo()).isFalse();
    }

    @Test
    void assuming_replaces_an_earlier_value_and_lists_stay_sorted() {
        workbench.assume(List.of(new Literal(ids.get(1), true), new Literal(ids.get(0), true)));
        workbench.assume(List.of(new Literal(ids.get(0), false)));

        assertThat(workbench.assumptions()).isSorted().contains(new Literal(ids.get(0), false))
                .doesNotContain(new Literal(ids.get(0), true)).hasSize(2);
    }

    @Test
    void unknown_ids_are_usage_errors_naming_the_nearest_and_change_nothing() {
        String typo = ids.get(0).substring(0, ids.get(0).length() - 1);

        assertThatThrownBy(() -> workbench.assume(List.of(new Literal(typo, true))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining(ids.get(0));
        assertThatThrownBy(() -> workbench.setLens(List.of("no-such-source")))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("unknown source 'no-such-source'");
        assertThat(workbench.canUndo()).isFalse();
    }

    @Test
    void a_lens_of_every_source_is_no_lens() {
        workbench.setLens(kb.sourceIds());

        assertThat(workbench.lens()).isEmpty();
    }

    @Test
    void state_and_restore_keep_unknown_assumptions_verbatim_and_drop_unknown_sources() {
        Instant created = Instant.parse("2022-01-05T10:00:00Z");
        WorkbenchState saved = new WorkbenchState("jan", "a note", created,
                List.of("!gone_from_the_kb", ids.get(0)), List.of(kb.sourceIds().get(0), "retired-source"),
                Map.of(ids.get(1), Prior.beta(2, 5)));

        List<Evaluation.Change> changes = workbench.restore(saved);

        assertThat(changes).isEqualTo(workbench.evaluation().changesSince(new Workbench(ENGINE).evaluation()));
        assertThat(workbench.sessionName()).isEqualTo("jan");
        assertThat(workbench.note()).isEqualTo("a note");
        assertThat(workbench.assumptions()).containsExactly(new Literal(ids.get(0), true));
        assertThat(workbench.unknownAssumptions()).containsExactly("!gone_from_the_kb");
        assertThat(workbench.lens()).containsExactly(kb.sourceIds().get(0));
        WorkbenchState state = workbench.state();
        assertThat(state.assumptions()).containsExactlyInAnyOrder("!gone_from_the_kb", ids.get(0)).isSortedAccordingTo(
                WorkbenchState.ASSUMPTION_ORDER);
        assertThat(state.created()).isEqualTo(created);
        assertThat(state.priors()).containsEntry(ids.get(1), Prior.beta(2, 5));
        assertThat(workbench.canUndo()).as("a restored session starts a fresh history").isFalse();
    }

    @Test
    void unassume_and_reset_also_withdraw_unknown_assumptions() {
        workbench.restore(new WorkbenchState("s", "", Instant.now(), List.of("gone", "!also_gone"), List.of(), Map.of()));

        workbench.unassume(List.of("gone"));
        assertThat(workbench.unknownAssumptions()).containsExactly("!also_gone");
        workbench.reset();
        assertThat(workbench.unknownAssumptions()).isEmpty();
        workbench.undo();
        assertThat(workbench.unknownAssumptions()).containsExactly("!also_gone");
    }

    @Test
    void listeners_hear_every_change_with_the_new_state() {
        List<WorkbenchState> heard = new ArrayList<>();
        workbench.addChangeListener(heard::add);

        workbench.assume(List.of(new Literal(ids.get(0), true)));
        workbench.rename("jan");
        workbench.setNote("why not");
        workbench.setPrior(ids.get(0), Prior.probability(0.5));
        workbench.undo();

        assertThat(heard).hasSize(5);
        assertThat(heard.get(0).assumptions()).containsExactly(ids.get(0));
        assertThat(heard.get(1).name()).isEqualTo("jan");
        assertThat(heard.get(2).note()).isEqualTo("why not");
        assertThat(heard.get(3).priors()).containsKey(ids.get(0));
        assertThat(heard.get(4).priors()).isEmpty();
    }

    @Test
    void a_blank_name_is_refused() {
        assertThatThrownBy(() -> workbench.rename("  ")).isInstanceOf(InvalidInput.class);
    }

    private String pick(Random random) {
        return ids.get(random.nextInt(ids.size()));
    }
}
