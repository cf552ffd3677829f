package org.qantar.shell.commands;

import org.qantar.model.Literal;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.workbench.Workbench;
import org.qantar.rules.workbench.sessions.SessionKeeper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tab completion of ids: what a command's arguments and options take, by name. Commands name this
 * bean in {@code @Command(completionProvider = Completion.BEAN)}; a command another package adds
 * says what its arguments are with {@link #forArguments}. Comma-separated lists
 * ({@code --assume a,!b,c<Tab>}) and {@code --option=value} complete their last item.
 */
@Component(Completion.BEAN)
public class Completion implements CompletionProvider {

    public static final String BEAN = "qantarCompletion";

    /** The kinds of ids the shell completes. */
    public enum Kind { PROPOSITION, LITERAL, ASSUMED, SOURCE, SOURCE_OR_ALL, SOURCE_OR_RESOLUTIONS, CLAIM, COMMAND,
        PROPOSITION_KIND, SESSION, CONFIDENCE, ON_OFF, NONE }

    private static final Map<String, Kind> ARGUMENTS = new ConcurrentHashMap<>(Map.of(
            "assume", Kind.LITERAL, "unassume", Kind.ASSUMED, "why", Kind.PROPOSITION,
            "lens", Kind.SOURCE_OR_ALL, "claim", Kind.CLAIM, "help", Kind.COMMAND, "adopt", Kind.SOURCE_OR_RESOLUTIONS,
            "confidence", Kind.CONFIDENCE, "record", Kind.ON_OFF));

    private static final Map<String, Kind> OPTIONS = new ConcurrentHashMap<>(Map.of(
            "source", Kind.SOURCE, "about", Kind.PROPOSITION, "assume", Kind.LITERAL, "lens", Kind.SOURCE,
            "kind", Kind.PROPOSITION_KIND, "min-confidence", Kind.CONFIDENCE));

    private final Workbench workbench;
    private final ObjectProvider<CommandRegistry> registry;
    private final ObjectProvider<SessionKeeper> sessions;

    public Completion(Workbench workbench, ObjectProvider<CommandRegistry> registry,
                      ObjectProvider<SessionKeeper> sessions) {
        this.workbench = workbench;
        this.registry = registry;
        this.sessions = sessions;
    }

    /** Declares what the positional arguments of {@code command} are. */
    public static void forArguments(String command, Kind kind) {
        ARGUMENTS.put(command, kind);
    }

    /** Declares what the values of {@code --option} are, for every command that has it. */
    public static void forOption(String option, Kind kind) {
        OPTIONS.put(option, kind);
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        CommandOption option = context.getCommandOption();
        Command command = context.getCommand();
        Kind kind = option != null ? OPTIONS.getOrDefault(option.longName(), Kind.NONE)
                : command == null ? Kind.NONE : ARGUMENTS.getOrDefault(command.getName(), Kind.NONE);
        String word = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
        String prefix = "";
        if (option != null && word.startsWith("--" + option.longName() + "=")) {
            prefix = "--" + option.longName() + "=";
        }
        int comma = word.lastIndexOf(',');
        if (comma >= 0 && (option != null || kind == Kind.LITERAL)) {
            prefix = word.substring(0, comma + 1);
        } else if (!prefix.isEmpty()) {
            prefix = word.substring(0, prefix.length());
        }
        List<CompletionProposal> out = new ArrayList<>();
        for (String value : values(kind, context)) {
            out.add(new CompletionProposal(prefix + value).displayText(value));
        }
        return out;
    }

    /** The candidate values of a kind, before any prefix. */
    List<String> values(Kind kind, CompletionContext context) {
        KnowledgeBase kb = workbench.knowledgeBase();
        return switch (kind) {
            case PROPOSITION -> kb.propositionIds();
            case LITERAL -> {
                List<String> all = new ArrayList<>(kb.propositionIds());
                kb.propositionIds().forEach(id -> all.add("!" + id));
                yield all;
            }
            case ASSUMED -> {
                List<String> assumed = new ArrayList<>(workbench.assumptions().stream().map(Literal::proposition).toList());
                workbench.unknownAssumptions().forEach(t -> assumed.add(t.startsWith("!") ? t.substring(1) : t));
                yield assumed.isEmpty() ? kb.propositionIds() : assumed;
            }
            case SOURCE -> kb.sourceIds();
            case SOURCE_OR_ALL -> {
                List<String> s = new ArrayList<>(kb.sourceIds());
                s.add("all");
                yield s;
            }
            case SOURCE_OR_RESOLUTIONS -> {
                List<String> s = new ArrayList<>(kb.sourceIds());
                s.add("resolutions");
                yield s;
            }
            case CLAIM -> kb.claimIds();
            case COMMAND -> commandNames(context);
            case PROPOSITION_KIND -> List.of("driver", "outcome", "fact");
            case CONFIDENCE -> List.of("stated", "likely", "possible");
            case ON_OFF -> List.of("on", "off");
            case SESSION -> sessions.getObject().completableNames();
            case NONE -> List.of();
        };
    }

    private List<String> commandNames(CompletionContext context) {
        // help kb <Tab> completes the second word of a two-word command.
        List<String> words = context.getWords();
        int index = context.getWordIndex();
        List<String> typed = index > 1 ? words.subList(1, index) : List.of();
        String lead = typed.isEmpty() ? "" : String.join(" ", typed) + " ";
        List<String> out = new ArrayList<>();
        List<String> names = registry.getObject().getCommands().stream().filter(c -> !c.isHidden())
                .map(Command::getName).sorted().toList();
        for (String name : names) {
            if (name.startsWith(lead)) {
                String rest = name.substring(lead.length());
                out.add(rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest);
            }
        }
        return out.stream().distinct().toList();
    }
}
