package org.qantar.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityTest {

    private static final List<String> IDS = List.of("tokayev_survives", "tokayev_consolidates_power",
            "tokayev_calls_in_csto", "regime_cracks_down", "csto_withdraws_promptly");

    @Test
    void a_prefix_or_a_typo_finds_the_meant_id_first() {
        assertThat(KnowledgeBase.nearest("tokayev_consolidate", IDS, 3)).first().isEqualTo("tokayev_consolidates_power");
        assertThat(KnowledgeBase.nearest("regime_crack_down", IDS, 3)).first().isEqualTo("regime_cracks_down");
    }

    @Test
    void a_wild_guess_gets_no_suggestion() {
        assertThat(KnowledgeBase.nearest("foo", IDS, 3)).isEmpty();
    }
}
