package org.qantar.shell.render;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Help text: the overview of every command by group, and one command's page (description, the
 * command's help text, whose first line is its usage, and its options).
 */
public final class HelpView {

    /** Groups in the order a newcomer meets them; groups not listed follow, alphabetically. */
    private static final List<String> GROUP_ORDER = List.of("Knowledge base", "Assumptions", "Evaluation", "Lens", "Articles", "Hindsight",
            "Sessions", "Analysis", "Pictures", "Knowledge-base checks", "Shell");

    private HelpView() {
    }

    public static String overview(Collection<Command> commands, Screen screen) {
        Map<String, List<Command>> byGroup = new LinkedHashMap<>();
        commands.stream().filter(c -> !c.isHidden())
                .sorted(Comparator.comparing((Command c) -> groupRank(c.getGroup())).thenComparing(Command::getGroup)
                        .thenComparing(Command::getName))
                .forEach(c -> byGroup.computeIfAbsent(c.getGroup(), g -> new ArrayList<>()).add(c));
        int nameWidth = commands.stream().mapToInt(c -> Text.width(c.getName())).max().orElse(0);
        StringBuilder out = new StringBuilder();
        byGroup.forEach((group, list) -> {
            out.append(screen.paint(group.isBlank() ? "Other" : group, Style.BOLD)).append('\n');
            for (Command c : list) {
                String indent = "  " + " ".repeat(nameWidth + 2);
                List<String> lines = Text.wrap(c.getDescription(), screen.width() - Text.width(indent));
                out.append("  ").append(Text.padRight(c.getName(), nameWidth + 2)).append(lines.get(0)).append('\n');
                lines.stream().skip(1).forEach(l -> out.append(indent).append(l).append('\n'));
            }
        });
        out.append("\nhelp COMMAND (or COMMAND --help) explains one command; Tab completes commands and ids.\n");
        return out.toString();
    }

    public static String command(Command c, Screen screen) {
        StringBuilder out = new StringBuilder();
        out.append(screen.paint(c.getName(), Style.BOLD)).append(" - ").append(c.getDescription()).append('\n');
        String help = c.getHelp();
        if (help != null && !help.isBlank()) {
            for (String paragraph : help.strip().split("\n")) {
                Text.wrap(paragraph, screen.width()).forEach(l -> out.append(l).append('\n'));
            }
        }
        List<CommandOption> options = c.getOptions();
        if (!options.isEmpty()) {
            out.append("options:\n");
            int w = options.stream().mapToInt(o -> Text.width(optionName(o))).max().orElse(0);
            for (CommandOption o : options) {
                String indent = "  " + " ".repeat(w + 2);
                String text = (o.description() == null ? "" : o.description())
                        + (Boolean.TRUE.equals(o.required()) ? " (required)" : "");
                List<String> lines = Text.wrap(text, screen.width() - Text.width(indent));
                out.append("  ").append(Text.padRight(optionName(o), w + 2)).append(lines.get(0)).append('\n');
                lines.stream().skip(1).forEach(l -> out.append(indent).append(l).append('\n'));
            }
        }
        return out.toString();
    }

    private static String optionName(CommandOption o) {
        String name = "--" + o.longName() + (o.shortName() != ' ' ? ", -" + o.shortName() : "");
        boolean flag = o.type() == boolean.class || o.type() == Boolean.class;
        return flag ? name : name + " " + o.longName().toUpperCase(java.util.Locale.ROOT);
    }

    private static int groupRank(String group) {
        int i = GROUP_ORDER.indexOf(group);
        return i < 0 ? GROUP_ORDER.size() : i;
    }
}
