package org.qantar.shell.input;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionProposal;

import java.util.List;
import java.util.function.Consumer;

/** A small registry of stand-in commands for the parser and completer tests. */
final class TestCommands {

    private TestCommands() {
    }

    static CommandRegistry registry() {
        CommandRegistry r = new CommandRegistry();
        Consumer<CommandContext> nothing = c -> { };
        r.registerCommand(Command.builder().name("status").description("status")
                .options(flag("json")).execute(nothing));
        r.registerCommand(Command.builder().name("claims").description("claims")
                .options(value("source"), value("about"), flag("json")).execute(nothing));
        r.registerCommand(Command.builder().name("assume").description("assume")
                .completionProvider(ctx -> List.of(new CompletionProposal("csto_withdraws"),
                        new CompletionProposal("!csto_withdraws"), new CompletionProposal("china_objects")))
                .execute(nothing));
        r.registerCommand(Command.builder().name("kb validate").description("validate").execute(nothing));
        r.registerCommand(Command.builder().name("kb verify").description("verify")
                .options(CommandOption.with().longName("texts").type(String.class).required(true).build())
                .execute(nothing));
        return r;
    }

    static CommandOption flag(String name) {
        return CommandOption.with().longName(name).type(boolean.class).description("a flag").build();
    }

    static CommandOption value(String name) {
        return CommandOption.with().longName(name).shortName(name.charAt(0)).type(String.class)
                .description("a value").build();
    }
}
