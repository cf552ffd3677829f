package org.qantar.rules.kb;

import org.junit.jupiter.api.Test;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.analysis.TestKb;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceCheckTest {

    @Test
    void a_claim_naming_an_unknown_proposition_is_one_line_with_the_nearest_ids() {
        KnowledgeBase kb = TestKb.builder().drivers("fuel_price_shock").outcomes("tokayev_survives")
                .claim("cepa-22", "cepa", "fuel_price_shock -> tokayev_survive").build();

        assertThat(ReferenceCheck.problems(kb)).containsExactly(
                "claim cepa-22: unknown proposition tokayev_survive (did you mean tokayev_survives?)");
    }

    @Test
    void premises_and_defeaters_are_checked_too_and_a_sound_base_has_no_problem() {
        KnowledgeBase broken = TestKb.builder().drivers("a").outcomes("x")
                .claim("c1", "s", "a & !nope -> x unless gone").build();
        KnowledgeBase sound = TestKb.builder().drivers("a", "b").outcomes("x")
                .claim("c1", "s", "a & !b -> x unless b").build();

        assertThat(ReferenceCheck.problems(broken)).containsExactly("claim c1: unknown proposition nope",
                "claim c1: unknown proposition gone");
        assertThat(ReferenceCheck.problems(sound)).isEmpty();
    }
}
