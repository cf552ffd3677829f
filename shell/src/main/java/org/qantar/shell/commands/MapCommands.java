package org.qantar.shell.commands;

import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.MapBuilder;
import org.qantar.rules.map.MapFormat;
import org.qantar.rules.map.svg.LayoutCache;
import org.qantar.shell.config.QantarHome;
import org.qantar.shell.errors.UsageException;
import org.qantar.rules.workbench.Ids;
import org.qantar.rules.workbench.Workbench;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The argument map of the working session, in the terminal or as a file for other tools. */
@Component
public class MapCommands {

    static final String GROUP = "Pictures";

    private final Workbench workbench;
    private final LayoutCache layouts;

    public MapCommands(Workbench workbench, QantarHome home) {
        this.workbench = workbench;
        this.layouts = layouts(home);
        Completion.forArguments("map", Completion.Kind.PROPOSITION);
    }

    @Command(name = "map", group = GROUP, completionProvider = Completion.BEAN,
            description = "The argument map: propositions with their status, the claims between them.",
            help = """
                    usage: map [PROPOSITION] [--depth N] [--both] [--format text|dot|svg|aif|argdown] [--out FILE]
                    The claim graph of the session: each proposition with its status (glyph ◆ assumed, \
                    ● supported, ◐ plausible, ⇅ contested, ○ open), each counted claim with its source, \
                    confidence and what it does (established, possible, defeated, idle), premise and \
                    unless links. With PROPOSITION, only what leads to it, up to N claims away \
                    (--depth), and with --both also what it leads to. Formats: text (an outline, the \
                    default), dot (Graphviz), svg (a picture laid out by the Eclipse Layout Kernel), \
                    aif (Argument Interchange Format JSON, for AIFdb and OVA), argdown. --out writes \
                    the file (replacing it) and takes the format from its extension when --format is \
                    not given (.txt .dot .svg .json .argdown).""")
    public String map(@Arguments List<String> words,
                      @Option(longName = "depth", description = "claims away from PROPOSITION (default: all)") String depth,
                      @Option(longName = "both", description = "also what PROPOSITION leads to") boolean both,
                      @Option(longName = "format", description = "text, dot, svg, aif or argdown") String format,
                      @Option(longName = "out", description = "write to this file instead") String out) {
        List<String> ids = Ids.split(words == null ? List.of() : words);
        if (ids.size() > 1) {
            throw new UsageException("map draws around one proposition at a time, got " + String.join(" ", ids));
        }
        String focus = ids.isEmpty() ? null : workbench.ids().proposition(ids.get(0));
        if (focus == null && (depth != null || both)) {
            throw new UsageException((both ? "--both" : "--depth") + " needs a proposition, e.g. map "
                    + workbench.knowledgeBase().propositionIds().get(0) + (both ? " --both" : " --depth 2"));
        }
        int limit = depth == null ? ArgumentMap.UNLIMITED : depth(depth);
        Path file = out == null ? null : OutputFiles.path(out, "--out");
        MapFormat chosen = format(format, file);

        CommandTiming timing = CommandTiming.start();
        ArgumentMap map = MapBuilder.of(workbench.knowledgeBase(), workbench.evaluation());
        if (focus != null) {
            map = map.around(focus, limit, both);
        }
        String written = chosen.write(map, layouts);
        timing.report("map");
        if (file == null) {
            return Out.text(written);
        }
        OutputFiles.write(file, written, true);
        return chosen.label() + " map written to " + file + " (" + map.propositions().size() + " propositions, "
                + map.claims().size() + " claims)";
    }

    /** Layouts drawn before, kept in {@code QANTAR_HOME/layout-cache} (see LayoutCache). */
    static LayoutCache layouts(QantarHome home) {
        return LayoutCache.in(home.dir().resolve("layout-cache"));
    }

    private static int depth(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the one message
        }
        throw new UsageException("--depth takes a whole number of at least 1, got '" + text + "'");
    }

    private static MapFormat format(String typed, Path file) {
        if (typed != null) {
            return MapFormat.of(typed).orElseThrow(() -> new UsageException("unknown format '" + typed
                    + "' (use " + formats() + ")"));
        }
        return file == null ? MapFormat.TEXT : MapFormat.ofFileName(file.getFileName().toString()).orElse(MapFormat.TEXT);
    }

    static String formats() {
        return Arrays.stream(MapFormat.values()).map(MapFormat::label).collect(Collectors.joining(", "));
    }
}
