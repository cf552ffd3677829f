package org.qantar.shell.render;

import org.qantar.model.Session;
import org.qantar.model.json.Json;
import org.qantar.model.session.SessionDiff;
import org.qantar.model.session.SessionSummary;
import org.qantar.rules.workbench.sessions.SessionKeeper;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Sessions on screen: the listing, what save and load did, and the comparison of two sessions, as
 * text and as the stable JSON of {@code sessions --json} and {@code diff --json}:
 * <pre>
 * {"directory":"…/sessions","kbFingerprint":"…","sessions":[{"name","saved","assumptions","kbFingerprint",
 *  "note","problem"}]}            saved is ISO-8601 UTC; problem is null for a readable file, else
 *                                 saved and assumptions are null
 * {"from":"a","to":"current","inputs":[{"kind":"assumption|lens|prior","proposition","from","to"}],
 *  "outcomes":[{"proposition","from","to"}]}   "-" where a side has nothing; the lens line's
 *                                              proposition is null
 * </pre>
 */
public final class SessionView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private SessionView() {
    }

    // ---------------------------------------------------------------- listing

    public static String list(List<SessionSummary> sessions, String currentName, String kbFingerprint,
                              Path directory, Screen screen) {
        if (sessions.isEmpty()) {
            return "no saved sessions in " + directory + " (save NAME keeps the working session)\n";
        }
        Table t = Table.of(Table.Column.of("NAME"), Table.Column.of("SAVED"), Table.Column.right("ASSUMED"),
                Table.Column.of("KB"), Table.Column.wrapping("NOTE"));
        boolean otherKb = false;
        for (SessionSummary s : sessions) {
            String name = s.name().equals(currentName) ? s.name() + " *" : s.name();
            if (!s.readable()) {
                t.row(Table.Cell.of(name), Table.Cell.of("?"), Table.Cell.of(""), Table.Cell.of(""),
                        new Table.Cell("unreadable: " + s.problem(), Style.RED));
                continue;
            }
            boolean same = s.kbFingerprint().equals(kbFingerprint);
            otherKb |= !same && !s.kbFingerprint().isEmpty();
            t.row(Table.Cell.of(name), Table.Cell.of(time(s.saved())), Table.Cell.of(String.valueOf(s.assumptions())),
                    new Table.Cell(s.kbFingerprint().isEmpty() ? "?" : s.kbFingerprint(), same ? Style.NONE : Style.YELLOW),
                    Table.Cell.of(s.note()));
        }
        StringBuilder out = new StringBuilder(t.render(screen));
        if (sessions.stream().anyMatch(s -> s.name().equals(currentName))) {
            out.append("* the working session\n");
        }
        if (otherKb) {
            out.append(screen.paint("sessions saved under another knowledge base than this one (" + kbFingerprint
                    + ") are re-evaluated when loaded", Style.YELLOW)).append('\n');
        }
        return out.toString();
    }

    public record SessionsJson(String directory, String kbFingerprint, List<SessionJson> sessions) {
    }

    public record SessionJson(String name, String saved, Integer assumptions, String kbFingerprint, String note,
                              String problem) {
    }

    public static String listJson(List<SessionSummary> sessions, String kbFingerprint, Path directory) {
        return Json.write(new SessionsJson(directory.toString(), kbFingerprint, sessions.stream()
                .map(s -> s.readable()
                        ? new SessionJson(s.name(), s.saved().toString(), s.assumptions(), s.kbFingerprint(), s.note(), null)
                        : new SessionJson(s.name(), null, null, "", "", s.problem()))
                .toList()));
    }

    // ---------------------------------------------------------------- save and load

    public static String saved(SessionKeeper.Saved saved) {
        return "saved '" + saved.session().name() + "' (" + count(saved.session().assumptions().size(), "assumption")
                + ") to " + saved.file() + (saved.replaced() ? ", replacing the earlier version" : "");
    }

    public static String loaded(SessionKeeper.Loaded loaded, Screen screen) {
        Session s = loaded.session();
        StringBuilder out = new StringBuilder("loaded '").append(s.name()).append("' (")
                .append(count(s.assumptions().size(), "assumption")).append(", lens ")
                .append(s.lens().isEmpty() ? "all" : String.join(" ", s.lens()))
                .append(", saved ").append(time(s.saved())).append(")\n");
        if (!s.note().isEmpty()) {
            out.append("note: ").append(s.note().lines().findFirst().orElse("")).append('\n');
        }
        if (!loaded.unknownAssumptions().isEmpty()) {
            out.append(screen.paint("kept " + count(loaded.unknownAssumptions().size(), "assumption")
                    + " about propositions this knowledge base does not have: "
                    + String.join(" ", loaded.unknownAssumptions()) + " (saved again with the session)", Style.YELLOW))
                    .append('\n');
        }
        if (!loaded.ignoredLens().isEmpty()) {
            out.append(screen.paint("the lens names sources this knowledge base does not have, not counted: "
                    + String.join(" ", loaded.ignoredLens()), Style.YELLOW)).append('\n');
        }
        if (!loaded.otherKbName().isEmpty()) {
            out.append(screen.paint("saved under the knowledge base '" + loaded.otherKbName()
                    + "', not this one: kb use switches", Style.YELLOW)).append('\n');
        }
        if (loaded.kbChanged()) {
            if (loaded.moved().isEmpty()) {
                out.append("the knowledge base changed since this session was saved; no status moved\n");
            } else {
                out.append(screen.paint("the knowledge base changed since this session was saved: "
                        + count(loaded.moved().size(), "status") + " moved", Style.YELLOW)).append('\n');
                out.append(outcomeTable(loaded.moved(), "SAVED", "NOW", screen));
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- diff

    public static String diff(SessionKeeper.Comparison c, Screen screen) {
        String a = c.a().label();
        String b = c.b().label();
        StringBuilder out = new StringBuilder();
        for (SessionKeeper.Side side : List.of(c.a(), c.b())) {
            if (side.savedUnderOtherKb()) {
                out.append(screen.paint("'" + side.label() + "' was saved under another knowledge base: its outcomes "
                        + "are evaluated by this one", Style.YELLOW)).append('\n');
            }
        }
        SessionDiff d = c.diff();
        if (d.isEmpty()) {
            return out.append("no difference between ").append(a).append(" and ").append(b).append('\n').toString();
        }
        out.append(screen.paint("Inputs (" + a + " -> " + b + ")", Style.BOLD)).append('\n');
        if (d.inputs().isEmpty()) {
            out.append("the same\n");
        } else {
            Table t = Table.of(Table.Column.of("KIND"), Table.Column.of("PROPOSITION"), Table.Column.wrapping("FROM"),
                    Table.Column.wrapping("TO"));
            for (SessionDiff.Line l : d.inputs()) {
                t.row(l.kind().label(), l.kind() == SessionDiff.Kind.LENS ? "-" : l.subject(), l.from(), l.to());
            }
            out.append(t.render(screen));
        }
        out.append('\n').append(screen.paint("Outcomes (" + a + " -> " + b + ")", Style.BOLD)).append('\n');
        if (d.outcomes().isEmpty()) {
            out.append("no status differs\n");
        } else {
            out.append(outcomeTable(d.outcomes(), "FROM", "TO", screen));
        }
        return out.toString();
    }

    public record DiffJson(String from, String to, List<InputJson> inputs, List<OutcomeJson> outcomes) {
    }

    public record InputJson(String kind, String proposition, String from, String to) {
    }

    public record OutcomeJson(String proposition, String from, String to) {
    }

    public static String diffJson(SessionKeeper.Comparison c) {
        SessionDiff d = c.diff();
        return Json.write(new DiffJson(c.a().label(), c.b().label(),
                d.inputs().stream().map(l -> new InputJson(l.kind().label(),
                        l.kind() == SessionDiff.Kind.LENS ? null : l.subject(), l.from(), l.to())).toList(),
                d.outcomes().stream().map(l -> new OutcomeJson(l.subject(), l.from(), l.to())).toList()));
    }

    // ---------------------------------------------------------------- helpers

    private static String outcomeTable(List<SessionDiff.Line> lines, String from, String to, Screen screen) {
        Table t = Table.of(Table.Column.of("PROPOSITION"), Table.Column.of(from), Table.Column.of(to));
        for (SessionDiff.Line l : lines) {
            t.row(l.subject(), l.from(), l.to());
        }
        return t.render(screen);
    }

    static String time(Instant instant) {
        return instant == null ? "?" : TIME.format(instant);
    }

    private static String count(int n, String noun) {
        String plural = noun.endsWith("s") ? noun + "es" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
