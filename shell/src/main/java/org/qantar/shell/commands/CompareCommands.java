package org.qantar.shell.commands;

import org.qantar.model.Literal;
import org.qantar.model.json.Json;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.compare.Article;
import org.qantar.rules.compare.Articles;
import org.qantar.rules.compare.Comparison;
import org.qantar.rules.compare.Ranking;
import org.qantar.rules.compare.Replay;
import org.qantar.rules.hindsight.Hindsight;
import org.qantar.rules.workbench.Ids;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.errors.CommandFailure;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.render.ComparisonView;
import org.qantar.shell.render.EvaluationView;
import org.qantar.shell.render.HindsightView;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The scenario against the articles: whose reading of events it matches ({@code compare}), standing
 * in an author's shoes ({@code adopt}), and each article's own reasoning replayed ({@code replay}).
 */
@Component
public class CompareCommands {

    static final String GROUP = "Articles";

    /** The word {@code adopt} takes, instead of a source, to assume what happened. */
    static final String RESOLUTIONS = "resolutions";

    private final Workbench workbench;
    private final ScreenSettings screen;
    private final Hindsight hindsight;

    public CompareCommands(Workbench workbench, ScreenSettings screen, Hindsight hindsight) {
        this.workbench = workbench;
        this.screen = screen;
        this.hindsight = hindsight;
    }

    @Command(name = "compare", group = GROUP, completionProvider = Completion.BEAN,
            description = "The current outcomes against each article's positions: a matrix, a score per article, the closest.",
            help = """
                    usage: compare [--source SOURCE] [--outcomes] [--all-positions] [--json]
                    Each position of each article (a reprint counts with its original; facts never count) \
                    against the current status: ✓ agree, ✗ disagree, ~ contested, ✓?/✗? plausible, ✓=/✗= you \
                    assumed it, · open. Columns keep one letter per article (registry order). \
                    Diagnosticity d of a proposition (DIAG): with q the share of the articles speaking to it \
                    that say true, d = -q log2 q - (1-q) log2 (1-q): 0 when they all agree, 1 when they split \
                    evenly (0.92 two against one); rows that divide the articles come first. \
                    Diagnostic score in [-1, 1] = sum w d c / sum w d over the article's positions, with w the \
                    confidence weight (stated 1, likely 0.75, possible 0.5) and c the credit (agree +1, \
                    plausible +-0.5, contested and open 0, disagree -1); it ranks the articles and names the \
                    closest (top score above 0). --all-positions ranks by the score over all positions \
                    (sum w c / sum w), as before diagnosticity. --source shows one article in full. --outcomes \
                    scores outcome positions only (after adopt, the adopted article's drivers agree by \
                    construction). --json prints {"articles":[{"source","score","diagnosticScore","agree",\
                    "disagree","contested","plausible","open","assumed","positions":[{"proposition","stance",\
                    "confidence","status","value","verdict","diagnosticity"}]}],"closest","ranking":\
                    "diagnostic"|"all-positions"}.""")
    public String compare(
            @Option(longName = "source", description = "show only this article's positions, in full") String source,
            @Option(longName = "outcomes", description = "compare outcome positions only") boolean outcomes,
            @Option(longName = "all-positions", description = "rank by the score over all positions, not the diagnostic one")
            boolean allPositions,
            @Option(longName = "json", description = "print JSON") boolean json) {
        KnowledgeBase kb = workbench.knowledgeBase();
        Evaluation e = workbench.evaluation();
        Ranking ranking = allPositions ? Ranking.ALL_POSITIONS : Ranking.DIAGNOSTIC;
        Comparison all = outcomes ? Comparison.ofOutcomes(kb, e, ranking) : Comparison.of(kb, e, ranking);
        Comparison shown = source == null ? all : all.only(kb, workbench.ids().source(source));
        if (json) {
            return Json.write(shown);
        }
        return Out.text(source == null ? ComparisonView.matrix(shown, e, kb, screen.get())
                : ComparisonView.article(shown, e, kb, screen.get()));
    }

    @Command(name = "adopt", group = GROUP, completionProvider = Completion.BEAN,
            description = "Replace your assumptions with the driver positions an article itself states.",
            help = """
                    usage: adopt SOURCE | adopt resolutions
                    Stand in the author's shoes: your assumptions become the article's own driver \
                    positions (a reprint adopts its original's); the lens stays. One undo step. \
                    With lens OTHER and compare: what OTHER's reasoning says under SOURCE's assumptions. \
                    adopt resolutions assumes what happened instead (every proposition resolved true or \
                    false, shipped or yours): then status shows whose reasoning holds up in the world as it \
                    turned out, and compare whose reading it matched.""")
    public String adopt(@Arguments List<String> words) {
        List<String> ids = Ids.split(words);
        if (ids.size() != 1) {
            throw new UsageException("adopt takes one source id, e.g. adopt "
                    + workbench.knowledgeBase().sourceIds().stream().findFirst().orElse("some-source"));
        }
        if (ids.get(0).equals(RESOLUTIONS) && workbench.knowledgeBase().source(RESOLUTIONS).isEmpty()) {
            return adoptResolutions();
        }
        String typed = workbench.ids().source(ids.get(0));
        Article article = new Articles(workbench.knowledgeBase()).require(typed);
        if (article.drivers().isEmpty()) {
            throw new CommandFailure(article.source() + " states no driver positions: nothing to adopt "
                    + "(your assumptions are unchanged)");
        }
        List<Literal> before = workbench.assumptions();
        Evaluation was = workbench.evaluation();
        List<Evaluation.Change> changes = workbench.replaceAssumptions(article.assumptions());
        return Out.text(ComparisonView.adopted(typed, article, before, screen.get())
                + EvaluationView.changes(changes, was, workbench.evaluation(), screen.get()));
    }

    private String adoptResolutions() {
        List<Literal> literals = hindsight.resolutions().literals();
        if (literals.isEmpty()) {
            throw new CommandFailure("nothing is resolved true or false: nothing to adopt (your assumptions are "
                    + "unchanged; 'resolutions' lists what is resolved)");
        }
        List<Literal> before = workbench.assumptions();
        Evaluation was = workbench.evaluation();
        List<Evaluation.Change> changes = workbench.replaceAssumptions(literals);
        return Out.text(HindsightView.adopted(literals, before, screen.get())
                + EvaluationView.changes(changes, was, workbench.evaluation(), screen.get()));
    }

    @Command(name = "replay", group = GROUP, completionProvider = Completion.BEAN,
            description = "Each article under its own drivers and claims: how much of its own outcome it reproduces.",
            help = """
                    usage: replay [--json]
                    For each article: assume its own driver positions, count only its own claims, and \
                    check which of its outcome positions come out SUPPORTED with its value. The session \
                    is untouched. --json prints {"articles":[{"source","reproduced","total","missing":[ids]}]}.""")
    public String replay(@Option(longName = "json", description = "print JSON") boolean json) {
        Replay r = Replay.of(workbench.knowledgeBase(), workbench.engine()::evaluate);
        return json ? Json.write(r) : Out.text(ComparisonView.replay(r, screen.get()));
    }
}
