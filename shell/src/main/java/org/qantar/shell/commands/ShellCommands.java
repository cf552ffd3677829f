package org.qantar.shell.commands;

import org.qantar.rules.workbench.Suggestions;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.config.ShellControl;
import org.qantar.shell.errors.CommandFailure;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.input.CommandDispatcher;
import org.qantar.shell.input.Outcome;
import org.qantar.shell.input.ScriptLines;
import org.qantar.shell.render.HelpView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The shell itself: help, running a script of commands, leaving. */
@Component
public class ShellCommands {

    static final String GROUP = "Shell";
    private static final int MAX_SCRIPT_DEPTH = 8;

    private final ObjectProvider<CommandDispatcher> dispatcher;
    private final ShellControl control;
    private final ScreenSettings screen;
    private int scriptDepth;

    public ShellCommands(ObjectProvider<CommandDispatcher> dispatcher, ShellControl control, ScreenSettings screen) {
        this.dispatcher = dispatcher;
        this.control = control;
        this.screen = screen;
    }

    @Command(name = "help", group = GROUP, completionProvider = Completion.BEAN,
            description = "List the commands, or explain one: help COMMAND.",
            help = "usage: help [COMMAND]\ne.g. help assume, help kb verify. COMMAND --help does the same.")
    public String help(@Arguments List<String> words, CommandContext context) {
        CommandRegistry registry = context.commandRegistry();
        if (words == null || words.isEmpty()) {
            return Out.text(HelpView.overview(registry.getCommands(), screen.get()));
        }
        String name = String.join(" ", words);
        org.springframework.shell.core.command.Command command = registry.getCommandByName(name);
        if (command == null) {
            List<String> names = registry.getCommands().stream().filter(c -> !c.isHidden())
                    .map(org.springframework.shell.core.command.Command::getName).sorted().toList();
            String hint = Suggestions.hint(name, names);
            throw new UsageException("no command '" + name + "'" + (hint.isEmpty() ? " (help lists them)" : hint));
        }
        return Out.text(HelpView.command(command, screen.get()));
    }

    @Command(name = "version", group = GROUP, completionProvider = Completion.BEAN,
            description = "Which Qantar this is, and on which Java.",
            help = "usage: version\n./qantar --version does the same.")
    public String version() {
        return "qantar " + Version.get() + " (Java " + Runtime.version() + ")";
    }

    @Command(name = "exit", alias = "quit", group = GROUP, completionProvider = Completion.BEAN,
            description = "Leave the shell (in a script: stop the script).",
            help = "usage: exit\nCtrl-D does the same.")
    public void exit() {
        control.requestExit();
    }

    @Command(name = "script", group = GROUP, completionProvider = Completion.BEAN,
            description = "Run the commands in FILE, one per line, in this session; stop at the first error.",
            help = """
                    usage: script FILE
                    Blank lines and lines starting with # are skipped. The first failing line stops \
                    the script with FILE:LINE: and the error; ./qantar script FILE then exits with \
                    that error's status.""")
    public void script(@Argument(index = 0, description = "the script file") String file, CommandContext context) {
        if (file == null || file.isBlank()) {
            throw new UsageException("script needs a file: script FILE");
        }
        if (scriptDepth >= MAX_SCRIPT_DEPTH) {
            throw new CommandFailure(file + ": scripts nest deeper than " + MAX_SCRIPT_DEPTH + " (a script runs itself?)");
        }
        scriptDepth++;
        // Read a line at a time as the script runs: a pipe that never ends, or /dev/zero, costs no memory.
        try (ScriptLines lines = open(Path.of(file))) {
            String line;
            while ((line = lines.next()) != null) {
                Outcome outcome = dispatcher.getObject().run(line, context.outputWriter());
                if (!outcome.ok()) {
                    throw new CommandFailure(file + ":" + lines.number() + ": " + outcome.message(), outcome.status());
                }
                if (control.exitRequested()) {
                    control.clearExit();
                    break;
                }
            }
        } catch (ScriptLines.Problem e) {
            throw new CommandFailure(file + ":" + e.line() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
        } finally {
            scriptDepth--;
        }
    }

    private static ScriptLines open(Path file) {
        if (Files.isDirectory(file)) {
            throw new CommandFailure("cannot read " + file + ": it is a directory");
        }
        try {
            return new ScriptLines(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new CommandFailure("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
        }
    }
}
