package org.qantar.shell.input;

import org.qantar.rules.workbench.Suggestions;
import org.qantar.shell.errors.UsageException;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves words into an {@link Invocation}, strictly: the longest run of leading words that names
 * a command ({@code kb validate}), then options ({@code --name value}, {@code --name=value},
 * {@code -n value}; a boolean option takes no value) and positional arguments; {@code --} ends the
 * options. Anything it cannot place is a {@link UsageException} naming what was meant: an unknown
 * command or option gets the nearest known names, a missing value names the option. (Spring
 * Shell's own parser ignores unknown options and lists sub-commands for a typo; a script wants an
 * error instead.)
 */
public final class InvocationParser {

    private static final int LONGEST_COMMAND = 3;

    private final CommandRegistry registry;

    public InvocationParser(CommandRegistry registry) {
        this.registry = registry;
    }

    public Invocation parse(List<String> words) {
        if (words.isEmpty()) {
            throw new UsageException("no command given (type help for the list)");
        }
        Command command = null;
        int used = 0;
        for (int n = Math.min(words.size(), LONGEST_COMMAND); n >= 1 && command == null; n--) {
            command = registry.getCommandByName(String.join(" ", words.subList(0, n)));
            used = n;
        }
        if (command == null) {
            throw unknownCommand(words);
        }
        ParsedInput.Builder input = ParsedInput.builder().commandName(words.get(0));
        for (String sub : words.subList(1, used)) {
            input.addSubCommand(sub);
        }
        boolean help = false;
        boolean optionsEnded = false;
        Set<String> seen = new HashSet<>();
        int argument = 0;
        for (int i = used; i < words.size(); i++) {
            String w = words.get(i);
            if (!optionsEnded && w.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && isOption(w)) {
                String name = w.startsWith("--") ? w.substring(2) : w.substring(1);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (name.equals("help") || name.equals("h")) {
                    help = true;
                    continue;
                }
                CommandOption def = option(command, name, w.startsWith("--"));
                if (!seen.add(def.longName())) {
                    throw new UsageException("option --" + def.longName() + " given twice");
                }
                if (value == null) {
                    if (isBoolean(def)) {
                        value = "true";
                    } else if (i + 1 < words.size() && !isOption(words.get(i + 1))) {
                        value = words.get(++i);
                    } else {
                        throw new UsageException("option --" + def.longName() + " needs a value"
                                + (def.description() == null || def.description().isBlank() ? ""
                                : " (" + def.description() + ")"));
                    }
                }
                input.addOption(CommandOption.with().longName(def.longName()).shortName(def.shortName())
                        .type(def.type()).value(value).build());
            } else {
                input.addArgument(new CommandArgument(argument++, w));
            }
        }
        return new Invocation(command, input.build(), help);
    }

    /** All visible command names, sorted. */
    public List<String> commandNames() {
        return registry.getCommands().stream().filter(c -> !c.isHidden()).map(Command::getName).sorted().toList();
    }

    private UsageException unknownCommand(List<String> words) {
        String first = words.get(0);
        List<String> subs = commandNames().stream().filter(n -> n.startsWith(first + " ")).toList();
        if (!subs.isEmpty()) {
            if (words.size() == 1) {
                return new UsageException(first + " needs a subcommand: " + String.join(", ", subs));
            }
            String typed = first + " " + words.get(1);
            List<String> near = Suggestions.nearest(words.get(1), subs.stream().map(n -> n.substring(first.length() + 1)).toList());
            String hint = near.isEmpty() ? "" : " (did you mean " + String.join(", ", near.stream().map(n -> first + " " + n).toList()) + "?)";
            return new UsageException("unknown command '" + typed + "'"
                    + (hint.isEmpty() ? " (" + first + " takes: " + String.join(", ", subs) + ")" : hint));
        }
        String hint = Suggestions.hint(first, commandNames());
        return new UsageException("unknown command '" + first + "'" + (hint.isEmpty() ? " (help lists the commands)" : hint));
    }

    private static CommandOption option(Command command, String name, boolean longForm) {
        for (CommandOption o : command.getOptions()) {
            if (longForm ? name.equals(o.longName()) : name.length() == 1 && o.shortName() == name.charAt(0)) {
                return o;
            }
        }
        List<String> known = command.getOptions().stream().map(o -> "--" + o.longName()).toList();
        String typed = (longForm ? "--" : "-") + name;
        String near = Suggestions.hint(typed, known);
        String hint = known.isEmpty() ? " (" + command.getName() + " takes no options)"
                : near.isEmpty() ? " (" + command.getName() + " takes " + String.join(", ", known) + ")" : near;
        throw new UsageException("unknown option " + typed + " for " + command.getName() + hint);
    }

    private static boolean isBoolean(CommandOption o) {
        return o.type() == boolean.class || o.type() == Boolean.class;
    }

    /** {@code -x}, {@code --name}: a dash followed by a letter (a literal never starts with a dash). */
    static boolean isOption(String w) {
        if (w.startsWith("--")) {
            return w.length() > 2 && Character.isLetter(w.charAt(2));
        }
        return w.length() > 1 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1));
    }
}
