package org.qantar.shell.input;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tab completion for the JLine prompt: command names (word by word for {@code kb validate}), option
 * names, and through each command's {@code CompletionProvider} the values of options and of
 * positional arguments at any position. (Spring Shell 4.0's {@link CommandCompleter} completes a
 * positional argument only while it is still empty, so {@code assume cs<Tab>} would do nothing.)
 */
public final class QantarCompleter extends CommandCompleter {

    private final CommandRegistry registry;

    public QantarCompleter(CommandRegistry registry) {
        super(registry);
        this.registry = registry;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = Math.max(0, Math.min(line.wordIndex(), words.size()));
        String current = index < words.size() ? words.get(index) : "";
        current = current.substring(0, Math.min(Math.max(line.wordCursor(), 0), current.length()));
        List<String> before = words.subList(0, index);

        Command command = null;
        int used = 0;
        for (int n = Math.min(before.size(), 3); n >= 1 && command == null; n--) {
            command = registry.getCommandByName(String.join(" ", before.subList(0, n)));
            used = n;
        }
        if (command == null) {
            completeCommandName(before, candidates);
            return;
        }
        List<String> rest = before.subList(used, before.size());
        String previous = rest.isEmpty() ? null : rest.get(rest.size() - 1);
        CommandOption valueOf = null;
        if (previous != null && InvocationParser.isOption(previous) && !previous.contains("=")) {
            valueOf = option(command, previous);
            if (valueOf != null && isBoolean(valueOf)) {
                valueOf = null;
            }
        }
        if (valueOf == null && current.startsWith("--") && current.contains("=")) {
            valueOf = option(command, current.substring(0, current.indexOf('=')));
        }
        if (valueOf == null && current.startsWith("-")) {
            completeOptionNames(command, rest, candidates);
            return;
        }
        CompletionContext context = new CompletionContext(words, index, current.length(), command, valueOf);
        for (CompletionProposal p : command.getCompletionProvider().apply(context)) {
            candidates.add(new Candidate(p.value(), p.displayText(), p.category(), p.description(), null, null,
                    p.complete()));
        }
    }

    private void completeCommandName(List<String> before, List<Candidate> candidates) {
        String lead = before.isEmpty() ? "" : String.join(" ", before) + " ";
        Set<String> added = new HashSet<>();
        for (Command c : registry.getCommands()) {
            if (c.isHidden() || !c.getName().startsWith(lead)) {
                continue;
            }
            String rest = c.getName().substring(lead.length());
            boolean last = !rest.contains(" ");
            String word = last ? rest : rest.substring(0, rest.indexOf(' '));
            if (added.add(word)) {
                candidates.add(new Candidate(word, word, null, last ? c.getDescription() : null, null, null, true));
            }
        }
    }

    private static void completeOptionNames(Command command, List<String> rest, List<Candidate> candidates) {
        for (CommandOption o : command.getOptions()) {
            String name = "--" + o.longName();
            if (rest.stream().noneMatch(w -> w.equals(name) || w.startsWith(name + "="))) {
                candidates.add(new Candidate(name, name, null, o.description(), null, null, true));
            }
        }
    }

    private static CommandOption option(Command command, String typed) {
        for (CommandOption o : command.getOptions()) {
            if (typed.equals("--" + o.longName()) || (o.shortName() != ' ' && typed.equals("-" + o.shortName()))) {
                return o;
            }
        }
        return null;
    }

    private static boolean isBoolean(CommandOption o) {
        return o.type() == boolean.class || o.type() == Boolean.class;
    }
}
