package org.qantar.shell.commands;

import org.qantar.model.json.Json;
import org.qantar.rules.hindsight.Hindsight;
import org.qantar.rules.hindsight.ProbabilityMap;
import org.qantar.rules.hindsight.Resolutions;
import org.qantar.rules.hindsight.Scorecard;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.render.HindsightView;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hindsight: what happened after the articles ({@code resolve}, {@code unresolve},
 * {@code resolutions}) and each article's record against it ({@code scorecard}). {@code adopt
 * resolutions} lives with {@code adopt} in {@link CompareCommands}.
 */
@Component
public class HindsightCommands {

    static final String GROUP = "Hindsight";

    static {
        Completion.forArguments("resolve", Completion.Kind.PROPOSITION);
        Completion.forArguments("unresolve", Completion.Kind.PROPOSITION);
    }

    private final Hindsight hindsight;
    private final Workbench workbench;
    private final ScreenSettings screen;

    public HindsightCommands(Hindsight hindsight, Workbench workbench, ScreenSettings screen) {
        this.hindsight = hindsight;
        this.workbench = workbench;
        this.screen = screen;
    }

    @Command(name = "resolve", group = GROUP, completionProvider = Completion.BEAN,
            description = "Record how a proposition turned out (yours override the shipped resolutions).",
            help = """
                    usage: resolve PROP true|false|partly --on DATE --evidence TEXT [--url U] [--note TEXT] [--json]
                    Records what became of PROP after the articles, in QANTAR_HOME/resolutions.json (written \
                    atomically); it overrides the shipped resolution of PROP, if any, and replaces your earlier \
                    one. DATE is YYYY-MM-DD, YYYY-MM, YYYY or a period START/END (2022-06/2023-01). The \
                    evidence is what happened, in your own words; --url (or a document's name) where to \
                    check it. partly needs --note saying in what way. --json prints the entry in force: \
                    {"resolution":{"proposition","value","on","evidence","reference","note"},"origin",\
                    "overrides"}.""")
    public String resolve(@Arguments List<String> words,
                          @Option(longName = "on", description = "when: YYYY-MM-DD, YYYY-MM, YYYY or START/END") String on,
                          @Option(longName = "evidence", description = "what happened, in your own words") String evidence,
                          @Option(longName = "url", description = "where to check it: a URL or a document's name") String url,
                          @Option(longName = "note", description = "in what way partly, or a caveat") String note,
                          @Option(longName = "json", description = "print JSON") boolean json) {
        if (words == null || words.size() != 2) {
            throw new UsageException("resolve takes a proposition and a value: resolve PROP true|false|partly "
                    + "--on DATE --evidence TEXT [--url U] [--note TEXT]");
        }
        if (on == null || on.isBlank()) {
            throw new UsageException("resolve needs --on DATE (YYYY-MM-DD, YYYY-MM, YYYY or START/END)");
        }
        if (evidence == null || evidence.isBlank()) {
            throw new UsageException("resolve needs --evidence TEXT: what happened, in your own words (quote it)");
        }
        Resolutions.Entry e = hindsight.resolve(words.get(0), words.get(1), on, evidence, url, note);
        return json ? Json.write(e) : HindsightView.resolved(e);
    }

    @Command(name = "unresolve", group = GROUP, completionProvider = Completion.BEAN,
            description = "Withdraw your own resolution of a proposition (the shipped one, if any, applies again).",
            help = """
                    usage: unresolve PROP [--json]
                    Removes your resolution of PROP from QANTAR_HOME/resolutions.json; a shipped resolution \
                    of PROP applies again. --json prints {"proposition","now":entry|null}.""")
    public String unresolve(@Arguments List<String> words,
                            @Option(longName = "json", description = "print JSON") boolean json) {
        if (words == null || words.size() != 1) {
            throw new UsageException("unresolve takes one proposition id, e.g. unresolve "
                    + workbench.knowledgeBase().propositionIds().stream().findFirst().orElse("some_proposition"));
        }
        Optional<Resolutions.Entry> now = hindsight.unresolve(words.get(0));
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("proposition", words.get(0));
            out.put("now", now.orElse(null));
            return Json.write(out);
        }
        return HindsightView.unresolved(words.get(0), now);
    }

    @Command(name = "resolutions", group = GROUP, completionProvider = Completion.BEAN,
            description = "What happened after the articles: every resolution in force, shipped and yours.",
            help = """
                    usage: resolutions [--json]
                    Every resolved proposition: value (true, false, partly), when, whose (shipped or yours, \
                    with the shipped value yours overrides), the evidence and its reference. --json prints \
                    {"file","resolutions":[{"resolution":{"proposition","value","on","evidence","reference",\
                    "note"},"origin":"shipped"|"yours","overrides":resolution|null}],"unknown":[resolution]}.""")
    public String resolutions(@Option(longName = "json", description = "print JSON") boolean json) {
        Hindsight.Listing listing = hindsight.listing();
        return json ? Json.write(listing)
                : Out.text(HindsightView.resolutions(hindsight.resolutions(), listing.file(), screen.get()));
    }

    @Command(name = "scorecard", group = GROUP, completionProvider = Completion.BEAN,
            description = "Who was right? Each article's outcome positions against what happened: Brier score, calibration, claim autopsy.",
            help = """
                    usage: scorecard [--probabilities LEVEL=P,...] [--json]
                    Each article's outcome positions are forecasts: its stance holds with probability p by \
                    confidence (stated 0.9, likely 0.7, possible 0.55; --probabilities stated=0.95,possible=0.6 \
                    changes some, each between 0.5 and 1). Resolved true or false, a position scores \
                    (p - o)^2, o 1 if the stance held, else 0; the article's Brier score is the mean (lower is \
                    better; partly and unresolved positions are not scored). Articles ranked by Brier; a \
                    calibration table per confidence level; the claim autopsy: a claim whose premises resolved \
                    as it states (and no exception held) is borne out or falsified by its conclusion, else \
                    untested. --json prints {"probabilities","resolutions","articles":[{"source","brier",\
                    "scored","held","partly","unresolved","positions":[{"proposition","stance","confidence",\
                    "probability","resolution","on","held","brier"}],"calibration":[bin]}],"calibration":\
                    [{"confidence","probability","scored","held","rate"}],"autopsy":[{"claim","source",\
                    "confidence","reasoning","verdict","reason"}]}.""")
    public String scorecard(
            @Option(longName = "probabilities", description = "confidence to probability, e.g. stated=0.95,likely=0.7")
            String probabilities,
            @Option(longName = "json", description = "print JSON") boolean json) {
        Scorecard s = hindsight.scorecard(ProbabilityMap.parse(probabilities));
        return json ? Json.write(s) : Out.text(HindsightView.scorecard(s, screen.get()));
    }
}
