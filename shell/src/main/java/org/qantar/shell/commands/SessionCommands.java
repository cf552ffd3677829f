package org.qantar.shell.commands;

import org.qantar.model.session.SessionName;
import org.qantar.rules.workbench.Workbench;
import org.qantar.rules.workbench.sessions.SessionKeeper;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.render.SessionView;
import org.qantar.shell.render.Text;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.List;

/** Sessions on disk: save, load, list, delete, rename, note and compare. */
@Component
public class SessionCommands {

    static final String GROUP = "Sessions";

    static {
        for (String command : List.of("save", "load", "delete", "rename")) {
            Completion.forArguments(command, Completion.Kind.SESSION);
        }
        Completion.forArguments("diff", Completion.Kind.SESSION_OR_CURRENT);
    }

    private final SessionKeeper keeper;
    private final Workbench workbench;
    private final ScreenSettings screen;

    public SessionCommands(SessionKeeper keeper, Workbench workbench, ScreenSettings screen) {
        this.keeper = keeper;
        this.workbench = workbench;
        this.screen = screen;
    }

    @Command(name = "save", group = GROUP, completionProvider = Completion.BEAN,
            description = "Save the working session to QANTAR_HOME/sessions/NAME.json; alone, under its own name.",
            help = "usage: save [NAME] [--force]\n"
                    + "Saves assumptions, lens, priors, note and the statuses as they stand, atomically. The working "
                    + "session takes the name. Replacing another session of that name needs --force. " + SessionName.RULE + ".")
    public String save(@Arguments List<String> words,
                       @Option(longName = "force", description = "replace another session of that name") boolean force) {
        String name = oneName(words, "save", true);
        return SessionView.saved(keeper.save(name, force));
    }

    @Command(name = "load", group = GROUP, completionProvider = Completion.BEAN,
            description = "Replace the working session with a saved one, re-evaluated.",
            help = """
                    usage: load NAME [--force]
                    Unsaved changes of the working session are not dropped without --force. Reports \
                    assumptions about propositions this knowledge base lacks (kept, and saved again) and, \
                    if the session was saved under another knowledge base, the statuses that moved since.""")
    public String load(@Arguments List<String> words,
                       @Option(longName = "force", description = "drop unsaved changes of the working session")
                       boolean force) {
        return Out.text(SessionView.loaded(keeper.load(oneName(words, "load", false), force), screen.get()));
    }

    @Command(name = "sessions", group = GROUP, completionProvider = Completion.BEAN,
            description = "The saved sessions: name, when saved, assumptions, knowledge base, note.",
            help = """
                    usage: sessions [--json]
                    * marks the working session; a file that cannot be read is listed with its problem. \
                    --json prints {"directory","kbFingerprint","sessions":[{"name","saved","assumptions",\
                    "kbFingerprint","note","problem"}]}.""")
    public String sessions(@Option(longName = "json", description = "print JSON") boolean json) {
        var sessions = keeper.list();
        String fingerprint = workbench.knowledgeBase().fingerprint();
        return json ? SessionView.listJson(sessions, fingerprint, keeper.store().root())
                : Out.text(SessionView.list(sessions, workbench.sessionName(), fingerprint, keeper.store().root(),
                screen.get()));
    }

    @Command(name = "delete", group = GROUP, completionProvider = Completion.BEAN,
            description = "Delete a saved session (readable or not); the working session stays.",
            help = "usage: delete NAME")
    public String delete(@Arguments List<String> words) {
        String name = oneName(words, "delete", false);
        boolean working = name.equals(workbench.sessionName());
        String deleted = "deleted '" + name + "' (" + keeper.delete(name) + ")";
        // newcomer #22: the prompt kept the name and nothing said the work now exists nowhere else
        return working ? deleted + "; the working session keeps its name and content, unsaved until you save it"
                : deleted;
    }

    @Command(name = "rename", group = GROUP, completionProvider = Completion.BEAN,
            description = "Rename a saved session; never replaces another.",
            help = "usage: rename OLD NEW\nThe working session follows if it is OLD. " + SessionName.RULE + ".")
    public String rename(@Arguments List<String> words) {
        if (words == null || words.size() != 2) {
            throw new UsageException("rename takes two names: rename OLD NEW");
        }
        keeper.rename(words.get(0), words.get(1));
        return "renamed '" + words.get(0) + "' to '" + words.get(1) + "'";
    }

    @Command(name = "note", group = GROUP, completionProvider = Completion.BEAN,
            description = "Set the note kept with the working session; alone, show it.",
            help = """
                    usage: note [TEXT...] [--clear]
                    e.g. note "CSTO stays; checked against Carnegie". The note is saved with the session \
                    by the next save and shown by sessions and load.""")
    public String note(@Arguments List<String> words,
                       @Option(longName = "clear", description = "remove the note") boolean clear) {
        boolean hasText = words != null && !words.isEmpty();
        if (clear && hasText) {
            throw new UsageException("note takes a text or --clear, not both");
        }
        if (clear) {
            keeper.note("");
            return "note cleared";
        }
        if (!hasText) {
            String note = workbench.note();
            return note.isEmpty() ? "no note (note TEXT sets one)" : Text.printable(note, true);
        }
        keeper.note(String.join(" ", words).strip());
        return "note set (save keeps it with the session)";
    }

    @Command(name = "diff", group = GROUP, completionProvider = Completion.BEAN,
            description = "Compare two sessions' inputs and outcomes; either may be current.",
            help = """
                    usage: diff A B [--json]
                    e.g. diff baseline current. Inputs: assumptions, lens and priors that differ; \
                    outcomes: statuses and values that differ, both sides evaluated by this knowledge \
                    base. Each line: the proposition, from (A) and to (B); - where a side has nothing. \
                    --json prints {"from","to","inputs":[{"kind","proposition","from","to"}],\
                    "outcomes":[{"proposition","from","to"}]}.""")
    public String diff(@Arguments List<String> words,
                       @Option(longName = "json", description = "print JSON") boolean json) {
        if (words == null || words.size() != 2) {
            throw new UsageException("diff compares two sessions: diff A B (either may be " + SessionKeeper.CURRENT + ")");
        }
        SessionKeeper.Comparison c = keeper.diff(words.get(0), words.get(1));
        return json ? SessionView.diffJson(c) : Out.text(SessionView.diff(c, screen.get()));
    }

    /** The one name a command takes; {@code optional} allows none (null). */
    private static String oneName(List<String> words, String command, boolean optional) {
        if (words == null || words.isEmpty()) {
            if (optional) {
                return null;
            }
            throw new UsageException(command + " needs a session name: " + command + " NAME (sessions lists them)");
        }
        if (words.size() > 1) {
            throw new UsageException(command + " takes one session name, got " + String.join(" ", words));
        }
        return words.get(0);
    }
}
