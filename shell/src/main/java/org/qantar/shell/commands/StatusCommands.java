package org.qantar.shell.commands;

import org.qantar.model.Literal;
import org.qantar.rules.Evaluation;
import org.qantar.rules.Justification;
import org.qantar.rules.Justifier;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.kb.KnowledgeBaseSource;
import org.qantar.rules.workbench.Conflict;
import org.qantar.rules.workbench.Ids;
import org.qantar.rules.workbench.Workbench;
import org.qantar.rules.workbench.json.JsonViews;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.render.CatalogueView;
import org.qantar.shell.render.EvaluationView;
import org.qantar.shell.render.JustificationView;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.List;

/** What follows from the assumptions: statuses, tensions, conflicts, and one-shot evaluation. */
@Component
public class StatusCommands {

    static final String GROUP = "Evaluation";

    private final Workbench workbench;
    private final ScreenSettings screen;

    public StatusCommands(Workbench workbench, ScreenSettings screen) {
        this.workbench = workbench;
        this.screen = screen;
    }

    @Command(name = "status", group = GROUP, completionProvider = Completion.BEAN,
            description = "Every proposition's status, value and supporting sources, outcomes first.",
            help = """
                    usage: status [--json]
                    ASSUMED: you set it. SUPPORTED: established by counted claims, the opposite not \
                    possible. CONTESTED: both values possible. PLAUSIBLE: one value possible but not \
                    established. OPEN: nothing reaches it. --json prints the shape of evaluate --json.""")
    public String status(@Option(longName = "json", description = "print the evaluation as JSON") boolean json) {
        Evaluation e = workbench.evaluation();
        return json ? JsonViews.evaluation(e)
                : Out.text(kbHeader() + EvaluationView.status(e, workbench.knowledgeBase(), screen.get()));
    }

    /** Names a user's knowledge base above the statuses; the shipped one goes unnamed, as ever. */
    private String kbHeader() {
        KnowledgeBaseSource source = workbench.engine().source();
        return source instanceof KnowledgeBaseSource.Directory dir
                ? "knowledge base " + dir.name() + " (" + dir.dir() + ", fingerprint "
                        + workbench.knowledgeBase().fingerprint() + ")\n\n"
                : "";
    }

    @Command(name = "why", group = GROUP, completionProvider = Completion.BEAN,
            description = "Why a proposition has its status: the claims behind it, as a tree down to your assumptions.",
            help = """
                    usage: why PROPOSITION [--assume LIT[,LIT...]] [--lens SRC[,SRC...]] [--json]
                    Each claim with its source, confidence, reasoning and quote; each premise with its \
                    status and the claims behind it. CONTESTED shows both sides. With --assume or \
                    --lens it explains that evaluation instead of the session's.""")
    public String why(@Arguments List<String> words,
                      @Option(longName = "assume", description = "explain under these literals instead") String assume,
                      @Option(longName = "lens", description = "and count only these sources") String lens,
                      @Option(longName = "json", description = "print the tree as JSON") boolean json) {
        if (words == null || words.isEmpty()) {
            throw new UsageException("why needs a proposition id, e.g. why " + workbench.knowledgeBase()
                    .propositionIds().stream().findFirst().orElse("some_id"));
        }
        if (words.size() > 1) {
            throw new UsageException("why explains one proposition at a time, got " + String.join(" ", words));
        }
        String id = words.get(0).startsWith("!") ? words.get(0).substring(1) : words.get(0);
        workbench.ids().proposition(id);
        Evaluation e = assume == null && lens == null ? workbench.evaluation() : oneOff(workbench, assume, lens);
        Justification j = Justifier.explain(workbench.knowledgeBase(), e, id);
        return json ? JsonViews.why(j) : Out.text(JustificationView.render(j, workbench.knowledgeBase(), e, screen.get()));
    }

    @Command(name = "tensions", group = GROUP, completionProvider = Completion.BEAN,
            description = "Counted claims that push against your assumptions.",
            help = """
                    usage: tensions [--json]
                    A tension is a claim whose premises are possible and whose conclusion is the \
                    opposite of something you assumed. --json prints \
                    {"tensions":[{"proposition","claim","source"}]}.""")
    public String tensions(@Option(longName = "json", description = "print JSON") boolean json) {
        Evaluation e = workbench.evaluation();
        return json ? JsonViews.tensions(e.tensions())
                : Out.text(EvaluationView.tensions(e, workbench.knowledgeBase(), screen.get()));
    }

    @Command(name = "conflicts", group = GROUP, completionProvider = Completion.BEAN,
            description = "Propositions on which counted sources conclude opposite values, with each side's claims.",
            help = """
                    usage: conflicts [--json]
                    Read from the claims themselves, whatever you assume; each conflict shows where \
                    the current evaluation stands. --json prints {"conflicts":[{"proposition","status",\
                    "value","claims":{"true":[{"claim","source"}],"false":[...]}}]}.""")
    public String conflicts(@Option(longName = "json", description = "print JSON") boolean json) {
        KnowledgeBase kb = workbench.knowledgeBase();
        List<Conflict> conflicts = Conflict.find(kb, workbench.lens(), workbench.evaluation());
        return json ? JsonViews.conflicts(conflicts) : Out.text(CatalogueView.conflicts(conflicts, kb, screen.get()));
    }

    @Command(name = "evaluate", group = GROUP, completionProvider = Completion.BEAN,
            description = "Evaluate given assumptions and lens on their own, leaving the session as it is.",
            help = """
                    usage: evaluate [--assume LIT[,LIT...]] [--lens SRC[,SRC...]] [--json]
                    For scripts and pipelines. --json prints {"assumptions":[...],"lens":[counted sources],\
                    "propositions":[{"id","status","value","supportedBy","contestedBy":{"true","false"}}],\
                    "tensions":[{"proposition","claim","source"}]}; value is null for CONTESTED and OPEN.""")
    public String evaluate(
            @Option(longName = "assume", description = "literals, comma-separated: id or !id") String assume,
            @Option(longName = "lens", description = "count only these sources, comma-separated") String lens,
            @Option(longName = "json", description = "print JSON") boolean json) {
        Evaluation e = oneOff(workbench, assume, lens);
        return json ? JsonViews.evaluation(e)
                : Out.text(EvaluationView.status(e, workbench.knowledgeBase(), screen.get()));
    }

    /** An evaluation of its own (the session untouched) from comma-separated literals and sources. */
    static Evaluation oneOff(Workbench workbench, String assume, String lens) {
        List<Literal> literals = workbench.ids().literals(assume == null ? List.of() : List.of(assume));
        return workbench.evaluateOnce(literals, Ids.split(lens == null ? List.of() : List.of(lens)));
    }
}
