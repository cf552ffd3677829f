package org.qantar.rules.workbench;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.RecordedFact;
import org.qantar.rules.Engine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Scenario;
import org.qantar.rules.ShippedEngine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbench whose scenario comes later (the interactive shell shows its prompt while the rule base
 * is built): it asks for the scenario only when something needs an evaluation, and then answers
 * exactly as a workbench that had it from the start.
 */
class DeferredScenarioTest {

    private static final Engine ENGINE = ShippedEngine.get();
    private final KnowledgeBase kb = ENGINE.knowledgeBase();

    /** A fresh scenario of the shipped engine, counting how often it was asked for. */
    private static final class CountingSupplier implements Supplier<Scenario> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Scenario get() {
            calls.incrementAndGet();
            return ENGINE.newScenario();
        }
    }

    @Test
    void the_session_restored_at_start_is_shown_without_the_rule_engine_and_evaluated_when_first_needed() {
        CountingSupplier fresh = new CountingSupplier();
        WorkbenchState saved = counterfactualSession(true);
        try (Workbench deferred = new Workbench(ENGINE, fresh);
             Workbench eager = new Workbench(ENGINE)) {
            deferred.restoreDeferred(saved);

            // what the prompt and the autosave read
            assertThat(deferred.sessionName()).isEqualTo("afternoon");
            assertThat(deferred.assumptions()).hasSize(saved.assumptions().size());
            assertThat(deferred.lens()).isEqualTo(saved.lens());
            assertThat(deferred.minConfidence()).isEqualTo(Confidence.LIKELY);
            assertThat(deferred.counterfactuals()).isPositive();
            assertThat(deferred.state().assumptions()).isEqualTo(saved.assumptions());
            assertThat(fresh.calls).as("no scenario made yet").hasValue(0);

            eager.restore(saved);
            Evaluation evaluation = deferred.evaluation();
            assertThat(fresh.calls).hasValue(1);
            assertThat(evaluation.statuses()).isEqualTo(eager.evaluation().statuses());
            assertThat(evaluation.lens()).isEqualTo(eager.evaluation().lens());

            // and from then on it changes as the eager one does
            String driver = kb.propositionIds().stream().filter(id -> kb.kinds().get(id).name().equals("DRIVER"))
                    .findFirst().orElseThrow();
            assertThat(deferred.assume(List.of(new Literal(driver, false))))
                    .isEqualTo(eager.assume(List.of(new Literal(driver, false))));
            assertThat(deferred.evaluation().statuses()).isEqualTo(eager.evaluation().statuses());
            assertThat(fresh.calls).as("asked for once").hasValue(1);
        }
    }

    @Test
    void a_change_before_any_evaluation_reports_what_moved_from_the_restored_session() {
        CountingSupplier fresh = new CountingSupplier();
        WorkbenchState saved = counterfactualSession(true);
        try (Workbench deferred = new Workbench(ENGINE, fresh);
             Workbench eager = new Workbench(ENGINE)) {
            deferred.restoreDeferred(saved);
            eager.restore(saved);
            assertThat(deferred.reset()).isEqualTo(eager.reset()).isNotEmpty();
            assertThat(deferred.undo()).isEqualTo(eager.undo());
        }
    }

    @Test
    void a_workbench_that_already_evaluates_restores_as_restore_does() {
        WorkbenchState saved = counterfactualSession(false);
        try (Workbench a = new Workbench(ENGINE); Workbench b = new Workbench(ENGINE)) {
            a.restoreDeferred(saved);
            b.restore(saved);
            assertThat(a.evaluation().statuses()).isEqualTo(b.evaluation().statuses());
        }
    }

    @Test
    void counterfactuals_counts_what_the_evaluation_marks_in_random_sessions() {
        Random random = new Random(7);
        List<String> ids = kb.propositionIds();
        int withCounterfactuals = 0;
        try (Workbench workbench = new Workbench(ENGINE)) {
            for (int round = 0; round < 40; round++) {
                List<String> assumed = new ArrayList<>();
                for (RecordedFact f : kb.record()) {
                    if (random.nextInt(3) == 0) {
                        assumed.add((random.nextBoolean() == f.value() ? "" : "!") + f.proposition());
                    }
                }
                String other = ids.get(random.nextInt(ids.size()));
                if (kb.recorded(other).isEmpty()) {
                    assumed.add(other);
                }
                assumed.sort(WorkbenchState.ASSUMPTION_ORDER);
                workbench.restore(new WorkbenchState("r" + round, "", Instant.EPOCH, assumed, List.of(), Map.of(),
                        random.nextInt(4) != 0, Confidence.POSSIBLE));
                long marked = workbench.evaluation().statuses().stream().filter(PropositionStatus::counterfactual).count();
                assertThat(workbench.counterfactuals()).as("round %d: %s", round, assumed).isEqualTo((int) marked);
                if (marked > 0) {
                    withCounterfactuals++;
                }
            }
        }
        assertThat(withCounterfactuals).as("rounds that had a counterfactual to count").isGreaterThan(10);
    }

    /** A saved session: one fact assumed against the record, one with it, a lens and the floor at likely. */
    private WorkbenchState counterfactualSession(boolean recordOn) {
        List<RecordedFact> record = kb.record();
        RecordedFact against = record.get(0);
        RecordedFact with = record.get(1);
        List<String> assumed = new ArrayList<>(List.of((against.value() ? "!" : "") + against.proposition(),
                (with.value() ? "" : "!") + with.proposition()));
        assumed.sort(WorkbenchState.ASSUMPTION_ORDER);
        List<String> lens = kb.sourceIds().subList(0, 2).stream().sorted().toList();
        return new WorkbenchState("afternoon", "note", Instant.EPOCH, assumed, lens, Map.of(), recordOn,
                Confidence.LIKELY);
    }
}
