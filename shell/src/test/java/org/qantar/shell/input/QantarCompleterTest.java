package org.qantar.shell.input;

import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QantarCompleterTest {

    private final QantarCompleter completer = new QantarCompleter(TestCommands.registry());

    private List<String> complete(String line) {
        ParsedLine parsed = new DefaultParser().parse(line, line.length());
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, parsed, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void completes_command_names_word_by_word() {
        assertThat(complete("")).contains("status", "claims", "assume", "kb");
        assertThat(complete("kb ")).containsExactlyInAnyOrder("validate", "verify");
    }

    @Test
    void completes_arguments_at_any_position_through_the_command_s_provider() {
        assertThat(complete("assume ")).contains("csto_withdraws", "!csto_withdraws");
        assertThat(complete("assume cs")).contains("csto_withdraws");
        assertThat(complete("assume a !cs")).contains("!csto_withdraws");
    }

    @Test
    void completes_option_names_not_yet_given() {
        assertThat(complete("claims --")).containsExactlyInAnyOrder("--source", "--about", "--json");
        assertThat(complete("claims --json --")).containsExactlyInAnyOrder("--source", "--about");
    }
}
