package org.qantar.shell.config;

import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.model.PropositionKind;
import org.qantar.model.Source;
import org.qantar.rules.KnowledgeBase;
import org.qantar.shell.errors.CommandFailure;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A knowledge-base mistake stops the start in one line (newcomer trial #4), never later as "unexpected error". */
class EngineLoaderSoundnessTest {

    private static KnowledgeBase kb(String conclusion) {
        Source cepa = new Source("cepa", "T", null, "O", null, null, "cepa.md", "0".repeat(64), null);
        return new KnowledgeBase(List.of(cepa),
                List.of(new Proposition("fuel_price_shock", "A shock.", PropositionKind.DRIVER),
                        new Proposition("tokayev_survives", "He survives.", PropositionKind.OUTCOME)),
                List.of(new Claim("cepa-22", "cepa", "n", List.of(Literal.parse("fuel_price_shock")), List.of(),
                        Literal.parse(conclusion), Confidence.STATED, "s", "q", "p")),
                List.of(), "f");
    }

    @Test
    void a_rule_naming_an_unknown_proposition_stops_the_start_in_one_line() {
        assertThatThrownBy(() -> EngineLoader.requireSound(kb("tokayev_survive"), List.of()))
                .isInstanceOf(CommandFailure.class)
                .hasMessage("the knowledge base has a mistake: claim cepa-22: unknown proposition tokayev_survive"
                        + " (did you mean tokayev_survives?) (./qantar kb validate lists it)");
    }

    @Test
    void lines_the_loader_could_not_read_count_as_mistakes_and_a_sound_base_starts() {
        assertThatThrownBy(() -> EngineLoader.requireSound(kb("tokayev_survives"), List.of("cepa.drl:3 no @claim", "x")))
                .hasMessageStartingWith("the knowledge base has 2 mistakes, the first: cepa.drl:3 no @claim");
        assertThatCode(() -> EngineLoader.requireSound(kb("tokayev_survives"), List.of())).doesNotThrowAnyException();
    }
}
