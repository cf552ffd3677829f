package org.qantar.shell.commands;

import org.qantar.model.Confidence;
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
import org.qantar.shell.sessions.SessionHeaders;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.render.CatalogueView;
import org.qantar.shell.render.EvaluationView;
import org.qantar.shell.render.JustificationView;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;

/** What follows from the assumptions: statuses, tensions, conflicts, and one-shot evaluation. */
@Component
public class StatusCommands {

    static final String GROUP = "Evaluation";

    private final Workbench workbench;
    private final ScreenSettings screen;
    private final SessionHeaders headers;

    /** Without a session header on the results (tests that build the commands themselves). */
    public StatusCommands(Workbench workbench, ScreenSettings screen) {
        this(workbench, screen, null);
    }

    @Autowired
    public StatusCommands(Workbench workbench, ScreenSettings screen, SessionHeaders headers) {
        this.headers = headers;
        this.workbench = workbench;
        this.screen = screen;
    }

    @Command(name = "status", group = GROUP, completionProvider = Completion.BEAN,
            description = "Every proposition's status, value and supporting sources, outcomes first.",
            help = """
                    usage: status [--json]
                    A header line names the session (and unsaved changes), how many assumptions, the \
                    lens, the confidence floor and whether the record holds. \
                    ASSUMED: you set it (a counterfactual when against the record). RECORDED: a fact \
                    at the value the articles report. SUPPORTED: established by counted claims, the \
                    opposite not possible; STRENGTH is the strongest confidence cut (stated, likely, \
                    possible) at which it is. CONTESTED: both values possible. PLAUSIBLE: one value \
                    possible but not established. OPEN: nothing reaches it. SOURCES: the sources whose \
                    counted claims conclude the value shown; on an ASSUMED row, those that would conclude \
                    your value anyway from what is established (CONTESTED: each side's). --json prints \
                    the shape of evaluate --json.""")
    public String status(@Option(longName = "json", description = "print the evaluation as JSON") boolean json) {
        Evaluation e = workbench.evaluation();
        return json ? JsonViews.evaluation(e)
                : Out.text(kbHeader() + (headers == null ? EvaluationView.status(e, workbench.knowledgeBase(), screen.get())
                        : header() + EvaluationView.table(e, workbench.knowledgeBase(), screen.get())));
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
                    usage: why PROPOSITION [--assume LIT[,LIT...]] [--lens SRC[,SRC...]|all] \
                    [--min-confidence LEVEL] [--no-record] [--json]
                    Each claim with its source, confidence, reasoning and quote; each premise with its \
                    status, strength and the claims behind it. CONTESTED shows both sides; SUPPORTED \
                    the weaker claims that dissent; RECORDED the record's sources and quote. With \
                    --assume, --lens, --min-confidence or --no-record it explains that evaluation \
                    (record on, every claim, unless those say otherwise) instead of the session's.""")
    public String why(@Arguments List<String> words,
                      @Option(longName = "assume", description = "explain under these literals instead") String assume,
                      @Option(longName = "lens", description = "and count only these sources (or all)") String lens,
                      @Option(longName = "min-confidence", description = "count only claims at or above: stated|likely|possible")
                      String minConfidence,
                      @Option(longName = "no-record", description = "reason without the record of facts") boolean noRecord,
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
        Evaluation e = assume == null && lens == null && minConfidence == null && !noRecord ? workbench.evaluation()
                : oneOff(workbench, assume, lens, minConfidence, noRecord);
        Justification j = Justifier.explain(workbench.knowledgeBase(), e, id);
        return json ? JsonViews.why(j, workbench.knowledgeBase().recorded(id).orElse(null))
                : Out.text(JustificationView.render(j, workbench.knowledgeBase(), e, screen.get()));
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
                    usage: evaluate [--assume LIT[,LIT...]] [--lens SRC[,SRC...]|all] [--min-confidence LEVEL] \
                    [--no-record] [--json]
                    For scripts and pipelines: the record holds and every claim counts unless \
                    --no-record or --min-confidence (stated, likely, possible) say otherwise. --json \
                    prints {"assumptions":[...],"lens":[counted sources],"propositions":[{"id","status",\
                    "value","supportedBy","contestedBy":{"true","false"},"kind","strength","dissent",\
                    "counterfactual"}],"tensions":[{"proposition","claim","source"}],"record","minConfidence"}; \
                    value is null for CONTESTED and OPEN, strength null where none.""")
    public String evaluate(
            @Option(longName = "assume", description = "literals, comma-separated: id or !id") String assume,
            @Option(longName = "lens", description = "count only these sources, comma-separated (or all)") String lens,
            @Option(longName = "min-confidence", description = "count only claims at or above: stated|likely|possible")
            String minConfidence,
            @Option(longName = "no-record", description = "reason without the record of facts") boolean noRecord,
            @Option(longName = "json", description = "print JSON") boolean json) {
        Evaluation e = oneOff(workbench, assume, lens, minConfidence, noRecord);
        return json ? JsonViews.evaluation(e)
                : Out.text(EvaluationView.status(e, workbench.knowledgeBase(), screen.get()));
    }

    /**
     * An evaluation of its own (the session untouched) from comma-separated literals and sources
     * ({@code all} counts every source), a confidence floor (null: every claim) and the record.
     */
    static Evaluation oneOff(Workbench workbench, String assume, String lens, String minConfidence, boolean noRecord) {
        List<Literal> literals = workbench.ids().literals(assume == null ? List.of() : List.of(assume));
        List<String> sources = Ids.split(lens == null ? List.of() : List.of(lens));
        if (sources.contains("all")) {
            if (sources.size() > 1) {
                throw new UsageException("--lens takes source ids or all, not both");
            }
            sources = List.of();
        }
        return workbench.evaluateOnce(literals, sources, !noRecord, confidence(minConfidence));
    }

    /** A confidence level typed by the user; null is every claim ({@code possible}). */
    static Confidence confidence(String typed) {
        if (typed == null) {
            return Confidence.POSSIBLE;
        }
        try {
            return Confidence.fromLabel(typed.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown confidence level '" + typed + "' (use stated, likely or possible)");
        }
    }

    /** The session header line, or nothing when built without one. */
    private String header() {
        return headers == null ? "" : headers.current().render(workbench.knowledgeBase(), screen.get());
    }
}
