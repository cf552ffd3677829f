package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The id completion behind every command, in the real application context. */
class CompletionTest extends ShellTestBase {

    @Autowired
    Completion completion;

    @Autowired
    CommandRegistry registry;

    private List<String> values(String line, String option) {
        List<String> words = List.of(line.split(" ", -1));
        var command = registry.getCommandByName(words.get(0));
        CommandOption o = option == null ? null
                : command.getOptions().stream().filter(x -> x.longName().equals(option)).findFirst().orElseThrow();
        String current = words.get(words.size() - 1);
        return completion.apply(new CompletionContext(words, words.size() - 1, current.length(), command, o))
                .stream().map(CompletionProposal::value).toList();
    }

    @Test
    void assume_completes_ids_and_their_negations() {
        String id = kb().propositionIds().get(0);

        assertThat(values("assume " + id.substring(0, 2), null)).contains(id, "!" + id);
    }

    @Test
    void unassume_completes_what_is_assumed() throws Exception {
        Literal l = new Literal(kb().propositionIds().get(1), false);
        send("assume " + l);

        assertThat(values("unassume ", null)).containsExactly(l.proposition());
    }

    @Test
    void lens_completes_sources_and_all_and_claim_completes_claim_ids() {
        assertThat(values("lens ", null)).containsAll(kb().sourceIds()).contains("all");
        assertThat(values("claim ", null)).containsExactlyElementsOf(kb().claimIds());
    }

    @Test
    void option_values_complete_the_last_item_of_a_comma_list() {
        String id = kb().propositionIds().get(0);
        String other = kb().propositionIds().get(1);

        List<String> out = values("evaluate --assume " + id + ",!", "assume");

        assertThat(out).contains(id + ",!" + other);
        assertThat(values("claims --source ", "source")).containsExactlyElementsOf(kb().sourceIds());
        assertThat(values("propositions --kind ", "kind")).containsExactly("driver", "outcome", "fact");
    }

    @Test
    void help_completes_command_names_and_the_second_word_of_kb() {
        assertThat(values("help ", null)).contains("status", "assume", "kb");
        assertThat(values("help kb ", null)).containsExactlyInAnyOrder("validate", "verify", "export", "test", "use", "init",
                "add-source", "convert");
    }
}
