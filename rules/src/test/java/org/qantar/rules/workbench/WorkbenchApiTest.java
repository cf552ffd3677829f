package org.qantar.rules.workbench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.model.Source;
import org.qantar.rules.Engine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What front ends call besides the session's own inputs: one-off evaluation, voices, OPEN reach, unknown ids. */
class WorkbenchApiTest {

    private static final Engine ENGINE = Engine.load();

    private Workbench workbench;
    private KnowledgeBase kb;

    @BeforeEach
    void open() {
        workbench = new Workbench(ENGINE);
        kb = workbench.knowledgeBase();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void a_one_off_evaluation_is_the_engines_and_leaves_the_session_alone() {
        String p = kb.propositionIds().get(0);
        String source = kb.sourceIds().get(1);
        Evaluation once = workbench.evaluateOnce(List.of(new Literal(p, true)), List.of(source, source));
        assertThat(once.statuses()).isEqualTo(ENGINE.evaluate(List.of(new Literal(p, true)), List.of(source)).statuses());
        assertThat(workbench.assumptions()).isEmpty();
        assertThat(workbench.canUndo()).isFalse();
    }

    @Test
    void a_one_off_evaluation_refuses_both_values_and_unknown_sources() {
        String p = kb.propositionIds().get(0);
        assertThatThrownBy(() -> workbench.evaluateOnce(List.of(new Literal(p, true), new Literal(p, false)), List.of()))
                .isInstanceOf(InvalidInput.class).hasMessage("cannot assume both " + p + " and !" + p);
        assertThatThrownBy(() -> workbench.evaluateOnce(List.of(), List.of("no-such-source")))
                .isInstanceOf(UnknownId.class);
    }

    @Test
    void a_reprint_in_the_lens_counts_as_its_original() {
        Source reprint = kb.sources().stream().filter(s -> s.reprintOf() != null).findFirst().orElseThrow();
        workbench.setLensToVoicesOf(List.of(reprint.id()));
        assertThat(workbench.lens()).containsExactly(reprint.reprintOf());
    }

    @Test
    void an_unknown_id_carries_its_suggestions() {
        String known = kb.propositionIds().get(0);
        String typo = known.substring(0, known.length() - 1);
        UnknownId e = catchThrowableOfType(UnknownId.class, () -> workbench.ids().proposition(typo));
        assertThat(e.kind()).isEqualTo("proposition");
        assertThat(e.id()).isEqualTo(typo);
        assertThat(e.suggestions()).contains(known);
        assertThat(e.getMessage()).startsWith("unknown proposition '" + typo + "' (did you mean ").contains(known);
    }

    @Test
    void open_reach_lists_the_counted_claims_concluding_either_way() {
        Evaluation e = workbench.evaluation();
        for (String p : kb.propositionIds()) {
            List<Claim> reach = OpenReach.claims(kb, e, p);
            assertThat(reach).allSatisfy(c -> assertThat(c.conclusion().proposition()).isEqualTo(p));
            long expected = kb.claims().stream().filter(c -> c.conclusion().proposition().equals(p)).count();
            assertThat(reach).hasSize((int) expected);
        }
        String source = kb.sourceIds().get(0);
        Evaluation narrow = workbench.evaluateOnce(List.of(), List.of(source));
        String p = kb.claims().stream().filter(c -> !c.source().equals(source)).findFirst().orElseThrow()
                .conclusion().proposition();
        assertThat(OpenReach.claims(kb, narrow, p)).allSatisfy(c -> assertThat(c.source()).isEqualTo(source));
    }
}
