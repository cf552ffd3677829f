package org.qantar.shell.commands;

import org.qantar.model.Claim;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.json.Json;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.workbench.Ids;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.workbench.Workbench;
import org.qantar.rules.workbench.json.JsonViews;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.render.CatalogueView;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.List;

/** Browsing the knowledge base: sources, propositions, claims, positions. */
@Component
public class KnowledgeBaseCommands {

    static final String GROUP = "Knowledge base";

    private final Workbench workbench;
    private final ScreenSettings screen;

    public KnowledgeBaseCommands(Workbench workbench, ScreenSettings screen) {
        this.workbench = workbench;
        this.screen = screen;
    }

    @Command(name = "sources", group = GROUP, completionProvider = Completion.BEAN,
            description = "List the sources: the articles whose reasoning the knowledge base encodes.",
            help = """
                    usage: sources [--json]
                    Each source's id (what lens, claims --source and positions --source take), title, \
                    author, outlet and date; a reprint names its original.""")
    public String sources(@Option(longName = "json", description = "print {\"sources\":[...]}") boolean json) {
        KnowledgeBase kb = workbench.knowledgeBase();
        return json ? JsonViews.sources(kb.sources()) : Out.text(CatalogueView.sources(kb.sources(), screen.get()));
    }

    @Command(name = "propositions", group = GROUP, completionProvider = Completion.BEAN,
            description = "List the propositions: the yes/no statements the sources reason about.",
            help = """
                    usage: propositions [--kind driver|outcome|fact] [--json]
                    Drivers are the uncertainties you set with assume; outcomes are what the sources \
                    reason towards; facts are events the articles report as having happened (their \
                    recorded values are the record).""")
    public String propositions(
            @Option(longName = "kind", description = "only drivers, outcomes or facts: driver|outcome|fact") String kind,
            @Option(longName = "json", description = "print {\"propositions\":[...]}") boolean json) {
        List<Proposition> list = workbench.knowledgeBase().propositions();
        if (kind != null) {
            String k = kind.strip().toLowerCase(java.util.Locale.ROOT);
            if (!k.equals("driver") && !k.equals("outcome") && !k.equals("fact")) {
                throw new UsageException("unknown kind '" + kind + "' (use driver, outcome or fact)");
            }
            list = list.stream().filter(p -> p.kind().label().equals(k)).toList();
        }
        return json ? JsonViews.propositions(list) : Out.text(CatalogueView.propositions(list, screen.get()));
    }

    @Command(name = "claims", group = GROUP, completionProvider = Completion.BEAN,
            description = "List the claims: each source's conditional reasoning, one rule each.",
            help = """
                    usage: claims [--source SOURCE] [--about PROPOSITION] [--json]
                    Each claim's id, source, confidence (stated, likely, possible) and reasoning: \
                    premises => conclusion, unless defeaters. --about keeps the claims that mention \
                    the proposition anywhere.""")
    public String claims(
            @Option(longName = "source", description = "only this source's claims") String source,
            @Option(longName = "about", description = "only claims that mention this proposition") String about,
            @Option(longName = "json", description = "print {\"claims\":[...]} in kb export's claim shape") boolean json) {
        KnowledgeBase kb = workbench.knowledgeBase();
        Ids ids = workbench.ids();
        List<Claim> list = source == null ? kb.claims() : kb.claimsOf(ids.source(source));
        if (about != null) {
            List<Claim> mentioning = kb.claimsAbout(ids.proposition(about));
            list = list.stream().filter(mentioning::contains).toList();
        }
        return json ? JsonViews.claims(list) : Out.text(CatalogueView.claims(list, screen.get()));
    }

    @Command(name = "claim", group = GROUP, completionProvider = Completion.BEAN,
            description = "Show one claim in full: reasoning, section, quote, paraphrase.",
            help = """
                    usage: claim CLAIM-ID [--json]
                    Also shows where the current evaluation stands on the claim's conclusion; --json \
                    adds it as "now":{"proposition","status","value"}.""")
    public String claim(@Argument(index = 0, description = "the claim id") String id,
                        @Option(longName = "json", description = "print the claim as JSON") boolean json) {
        if (id == null || id.isBlank()) {
            throw new UsageException("claim needs a claim id, e.g. claim " + workbench.knowledgeBase().claimIds()
                    .stream().findFirst().orElse("some-01"));
        }
        Claim c = workbench.knowledgeBase().claim(workbench.ids().claim(id)).orElseThrow();
        PropositionStatus now = workbench.evaluation().status(c.conclusion().proposition()).orElseThrow();
        if (json) {
            // The text's "now" line too (newcomer #31): {"proposition","status","value"}, value null when none.
            tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) Json.tree(Json.write(c));
            tools.jackson.databind.node.ObjectNode stands = tree.putObject("now");
            stands.put("proposition", now.id());
            stands.put("status", now.status().name());
            if (now.value() == null) {
                stands.putNull("value");
            } else {
                stands.put("value", now.value());
            }
            return Json.write(tree);
        }
        return Out.text(CatalogueView.claim(c, workbench.knowledgeBase(), now, screen.get()));
    }

    @Command(name = "positions", group = GROUP, completionProvider = Completion.BEAN,
            description = "List the positions: each article's own bottom line, with its words.",
            help = """
                    usage: positions [--source SOURCE] [--json]
                    What each article itself concluded, with confidence and a verbatim quote.""")
    public String positions(
            @Option(longName = "source", description = "only this source's positions") String source,
            @Option(longName = "json", description = "print {\"positions\":[...]}") boolean json) {
        KnowledgeBase kb = workbench.knowledgeBase();
        List<Position> list = source == null ? kb.positions() : kb.positionsOf(workbench.ids().source(source));
        return json ? JsonViews.positions(list) : Out.text(CatalogueView.positions(list, screen.get()));
    }
}
