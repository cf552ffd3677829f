package org.qantar.rules.workbench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    private static final List<String> COMMANDS = List.of("status", "sources", "claims", "claim", "exit", "assume",
            "unassume");

    @Test
    void a_typo_or_a_prefix_gets_the_names_meant() {
        assertThat(Suggestions.nearest("stauts", COMMANDS)).first().isEqualTo("status");
        assertThat(Suggestions.nearest("clai", COMMANDS)).containsExactly("claim", "claims");
        assertThat(Suggestions.hint("asume", COMMANDS)).isEqualTo(" (did you mean assume?)");
    }

    @Test
    void a_wild_guess_gets_no_suggestion() {
        assertThat(Suggestions.nearest("qwertyuiop", COMMANDS)).isEmpty();
        assertThat(Suggestions.hint("zz", COMMANDS)).isEmpty();
    }
}
