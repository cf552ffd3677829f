package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.model.RecordedFact;

import static org.assertj.core.api.Assertions.assertThat;

class ReasoningCommandsTest extends ShellTestBase {

    @Test
    void confidence_sets_the_floor_shows_it_and_undo_takes_it_back() throws Exception {
        String set = send("confidence likely");

        assertThat(set).startsWith("counting claims hedged likely or stated");
        assertThat(workbench.minConfidence()).isEqualTo(Confidence.LIKELY);
        assertThat(workbench.evaluation().minConfidence()).isEqualTo(Confidence.LIKELY);
        assertThat(send("confidence")).startsWith("counting claims hedged likely or stated");
        assertThat(send("status")).contains("claims \u2265 likely").doesNotContain("every claim");

        send("undo");

        assertThat(workbench.minConfidence()).isEqualTo(Confidence.POSSIBLE);
        assertThat(run("confidence firmly").status()).isEqualTo(2);
    }

    @Test
    void record_off_reasons_without_the_record_and_undo_restores_it() throws Exception {
        RecordedFact fact = kb().record().get(0);
        assertThat(workbench.evaluation().status(fact.proposition()).orElseThrow().label())
                .isEqualTo("RECORDED " + fact.value());

        send("record off");

        assertThat(workbench.record()).isFalse();
        assertThat(workbench.evaluation().status(fact.proposition()).orElseThrow().status().name())
                .isNotEqualTo("RECORDED");
        assertThat(send("record")).startsWith("the record is off");

        send("undo");

        assertThat(workbench.record()).isTrue();
        assertThat(run("record maybe").status()).isEqualTo(2);
    }

    @Test
    void assuming_against_the_record_is_a_counterfactual_in_status_and_why() throws Exception {
        RecordedFact fact = kb().record().get(0);
        String against = (fact.value() ? "!" : "") + fact.proposition();

        send("assume " + against);

        assertThat(workbench.evaluation().status(fact.proposition()).orElseThrow().counterfactual()).isTrue();
        assertThat(send("status")).contains("ASSUMED counterfactual");
        assertThat(send("why " + fact.proposition())).contains("against the record (a counterfactual)");
        send("unassume " + fact.proposition());
        assertThat(send("why " + fact.proposition())).contains("the record: reported by")
                .contains(String.join(" ", java.util.Arrays.asList(fact.quote().split(" ")).subList(0, 4)));
    }
}
