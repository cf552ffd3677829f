package org.qantar.shell.input;

import org.junit.jupiter.api.Test;
import org.qantar.shell.errors.UsageException;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvocationParserTest {

    private final InvocationParser parser = new InvocationParser(TestCommands.registry());

    private Invocation parse(String line) {
        return parser.parse(Tokenizer.words(line));
    }

    @Test
    void resolves_the_longest_command_name_then_options_and_arguments() {
        Invocation i = parse("kb verify --texts /t");

        assertThat(i.command().getName()).isEqualTo("kb verify");
        assertThat(i.input().subCommands()).containsExactly("verify");
        assertThat(i.input().options()).extracting(CommandOption::longName, CommandOption::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("texts", "/t"));
    }

    @Test
    void options_take_values_in_every_spelling_and_flags_take_none() {
        Invocation i = parse("claims -s cepa --about=x --json extra");

        assertThat(i.input().options()).extracting(CommandOption::longName, CommandOption::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("source", "cepa"), org.assertj.core.groups.Tuple.tuple("about", "x"),
                org.assertj.core.groups.Tuple.tuple("json", "true"));
        assertThat(i.input().arguments()).extracting(CommandArgument::value).containsExactly("extra");
    }

    @Test
    void negated_literals_are_arguments_and_double_dash_ends_the_options() {
        Invocation i = parse("assume !a b -- --not-an-option");

        assertThat(i.input().arguments()).extracting(CommandArgument::value)
                .containsExactly("!a", "b", "--not-an-option");
    }

    @Test
    void help_anywhere_asks_for_the_command_s_help() {
        assertThat(parse("claims --help").help()).isTrue();
        assertThat(parse("kb verify -h").help()).isTrue();
    }

    @Test
    void command_line_mistakes_are_one_line_usage_errors() {
        assertThatThrownBy(() -> parse("statsu")).isInstanceOf(UsageException.class)
                .hasMessage("unknown command 'statsu' (did you mean status?)");
        assertThatThrownBy(() -> parse("kb")).hasMessage("kb needs a subcommand: kb validate, kb verify");
        assertThatThrownBy(() -> parse("kb vrify")).hasMessage("unknown command 'kb vrify' (did you mean kb verify?)");
        assertThatThrownBy(() -> parse("claims --sorce x")).hasMessage("unknown option --sorce for claims (did you mean --source?)");
        assertThatThrownBy(() -> parse("status --json --json")).hasMessage("option --json given twice");
        assertThatThrownBy(() -> parse("claims --source")).hasMessage("option --source needs a value (a value)");
        assertThatThrownBy(() -> parse("assume --x")).hasMessage("unknown option --x for assume (assume takes no options)");
        assertThatThrownBy(() -> parser.parse(List.of())).isInstanceOf(UsageException.class);
    }
}
