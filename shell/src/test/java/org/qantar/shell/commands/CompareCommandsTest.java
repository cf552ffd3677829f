package org.qantar.shell.commands;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Literal;
import org.qantar.model.Source;
import org.qantar.model.json.Json;
import org.qantar.rules.Engine;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.compare.Article;
import org.qantar.rules.compare.Articles;
import org.qantar.rules.hindsight.Hindsight;
import org.qantar.rules.hindsight.ResolutionStore;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.errors.ErrorMapper;
import org.qantar.shell.render.Screen;
import org.springframework.shell.core.command.ExitStatus;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * compare, adopt and replay on the shipped knowledge base, called as the shell calls them; errors
 * go through the shell's {@link ErrorMapper} as the dispatcher sends them. Ids are picked from the
 * knowledge base at run time, never written in.
 */
class CompareCommandsTest {

    private static Engine engine;

    @TempDir
    Path home;

    private Workbench workbench;
    private CompareCommands commands;

    @BeforeAll
    static void loadEngine() {
        engine = Engine.load();
    }

    @BeforeEach
    void freshSession() {
        workbench = new Workbench(engine);
        commands = new CompareCommands(workbench, new ScreenSettings(Screen.plain(100)),
                new Hindsight(engine.knowledgeBase(), List.of(),
                        new ResolutionStore(home.resolve("resolutions.json"))));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    // ---------------------------------------------------------------- compare

    @Test
    void compareShowsEveryVoiceOnceAndNoReprintAsAColumn() {
        String text = commands.compare(null, false, false, false);

        String key = text.lines().filter(l -> l.endsWith("(columns in registry order)")).findFirst().orElseThrow();
        for (Source voice : kb().voices()) {
            assertThat(key).contains(" " + voice.id());
        }
        kb().sources().stream().filter(Source::isReprint).forEach(r -> assertThat(text).doesNotContain(r.id()));
        assertThat(text).contains("PROPOSITION").contains("closest: ");
    }

    @Test
    void compareJsonHasTheDocumentedShapeOneArticlePerVoice() {
        JsonNode json = Json.tree(commands.compare(null, false, false, true));

        assertThat(names(json)).containsExactly("articles", "closest", "ranking");
        assertThat(json.get("ranking").asString()).isEqualTo("diagnostic");
        assertThat(json.get("articles")).hasSize(kb().voices().size());
        JsonNode first = json.get("articles").get(0);
        assertThat(names(first)).containsExactly("source", "score", "diagnosticScore", "agree", "disagree",
                "contested", "plausible", "open", "assumed", "positions");
        assertThat(names(first.get("positions").get(0))).containsExactly("proposition", "stance", "confidence",
                "status", "value", "verdict", "diagnosticity");
        boolean topScoresAboveZero = first.get("diagnosticScore").asDouble() > 0;
        assertThat(json.get("closest").isNull()).isEqualTo(!topScoresAboveZero);
    }

    @Test
    void compareAllPositionsRanksByTheScoreOverAllPositionsAndSaysSo() {
        commands.adopt(List.of(articleWithDrivers().source()));

        JsonNode json = Json.tree(commands.compare(null, false, true, true));
        String text = commands.compare(null, false, true, false);

        assertThat(json.get("ranking").asString()).isEqualTo("all-positions");
        List<Double> scores = new ArrayList<>();
        json.get("articles").forEach(a -> scores.add(a.get("score").asDouble()));
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(text).contains("ranked by ALL, the score over all positions");
    }

    @Test
    void compareAfterAssumingAnArticlesDriversScoresThemAsAssumedAgreement() {
        Article article = articleWithDrivers();
        workbench.assume(article.assumptions());

        JsonNode mine = article(Json.tree(commands.compare(article.source(), false, false, true)), article.source());

        assertThat(mine.get("assumed").asInt()).isEqualTo(article.drivers().size());
        assertThat(mine.get("score").asDouble()).isPositive();
    }

    @Test
    void compareOutcomesLeavesTheAdoptedDriversOutOfTheScore() {
        Article article = articleWithDrivers();
        commands.adopt(List.of(article.source()));

        JsonNode all = article(Json.tree(commands.compare(null, false, false, true)), article.source());
        JsonNode outcomes = article(Json.tree(commands.compare(null, true, false, true)), article.source());

        assertThat(all.get("assumed").asInt()).isEqualTo(article.drivers().size());
        assertThat(outcomes.get("assumed").asInt()).isZero();
        assertThat(outcomes.get("positions")).hasSize(article.outcomes().size());
    }

    @Test
    void compareOfAReprintShowsItsOriginalInFull() {
        Source reprint = kb().sources().stream().filter(Source::isReprint).findFirst().orElseThrow();

        String text = commands.compare(reprint.id(), false, false, false);
        JsonNode json = Json.tree(commands.compare(reprint.id(), false, false, true));

        assertThat(text).contains(reprint.reprintOf() + " (").contains("VERDICT");
        assertThat(json.get("articles")).hasSize(1);
        assertThat(json.get("articles").get(0).get("source").asString()).isEqualTo(reprint.reprintOf());
    }

    @Test
    void compareOfAnUnknownSourceIsAUsageErrorNamingTheNearest() {
        String known = kb().voices().get(0).id();

        ExitStatus status = failure(() -> commands.compare(known + "x", false, false, false));

        assertThat(status.code()).isEqualTo(ErrorMapper.USAGE);
        assertThat(status.description()).startsWith("unknown source '" + known + "x'").contains(known)
                .doesNotContain("\n");
    }

    // ---------------------------------------------------------------- adopt

    @Test
    void adoptReplacesTheAssumptionsWithTheArticlesDriversAndPrintsThem() {
        Article article = articleWithDrivers();
        Literal unrelated = unrelatedLiteral(article);
        workbench.assume(List.of(unrelated));

        String text = commands.adopt(List.of(article.source()));

        assertThat(workbench.assumptions()).containsExactlyElementsOf(article.assumptions());
        assertThat(text).startsWith("adopted " + article.source() + "'s " + article.drivers().size()
                + " driver positions as your assumptions (replacing 1 assumption; undo restores them):");
        article.assumptions().forEach(l -> assertThat(text).contains(l.toString()));
    }

    @Test
    void adoptIsOneUndoStepAndKeepsTheLens() {
        Article article = articleWithDrivers();
        Literal unrelated = unrelatedLiteral(article);
        workbench.assume(List.of(unrelated));
        String other = otherVoice(article.source());
        workbench.setLens(List.of(other));

        commands.adopt(List.of(article.source()));
        assertThat(workbench.lens()).containsExactly(other);

        workbench.undo();
        assertThat(workbench.assumptions()).containsExactly(unrelated);
    }

    @Test
    void adoptingAReprintAdoptsItsOriginalAndSaysSo() {
        Source reprint = kb().sources().stream().filter(Source::isReprint).findFirst().orElseThrow();
        Article original = new Articles(kb()).require(reprint.reprintOf());

        String text = commands.adopt(List.of(reprint.id()));

        assertThat(text).startsWith(reprint.id() + " reprints " + reprint.reprintOf() + ": adopted");
        assertThat(workbench.assumptions()).containsExactlyElementsOf(original.assumptions());
    }

    @Test
    void adoptNeedsExactlyOneKnownSource() {
        String known = kb().voices().get(0).id();

        ExitStatus none = failure(() -> commands.adopt(List.of()));
        ExitStatus two = failure(() -> commands.adopt(List.of(known, known)));
        ExitStatus unknown = failure(() -> commands.adopt(List.of("no-such-source")));

        assertThat(List.of(none.code(), two.code(), unknown.code())).containsOnly(ErrorMapper.USAGE);
        assertThat(none.description()).startsWith("adopt takes one source id, e.g. adopt ");
        assertThat(unknown.description()).startsWith("unknown source 'no-such-source'");
        assertThat(workbench.assumptions()).isEmpty();
    }

    @Test
    void adoptOtherThenLensThenCompareShowsOneArticlesReasoningUnderAnothersAssumptions() {
        Article adopted = articleWithDrivers();
        String reasoner = otherVoice(adopted.source());

        commands.adopt(List.of(adopted.source()));
        workbench.setLens(List.of(reasoner));
        String text = commands.compare(null, false, false, false);
        JsonNode json = Json.tree(commands.compare(null, false, false, true));

        assertThat(text).startsWith("The articles against your scenario (" + adopted.drivers().size()
                + " assumption" + (adopted.drivers().size() == 1 ? "" : "s") + ", counting " + reasoner + ")");
        JsonNode mine = article(json, adopted.source());
        assertThat(mine.get("assumed").asInt()).isEqualTo(adopted.drivers().size());
        for (JsonNode p : mine.get("positions")) {
            if (p.get("status").asString().equals("ASSUMED")) {
                assertThat(p.get("verdict").asString()).isEqualTo("assumed-agree");
            }
        }
    }

    // ---------------------------------------------------------------- replay

    @Test
    void replayJsonHasTheDocumentedShapeOneEntryPerVoice() {
        JsonNode json = Json.tree(commands.replay(true));

        assertThat(names(json)).containsExactly("articles");
        assertThat(json.get("articles")).hasSize(kb().voices().size());
        for (JsonNode a : json.get("articles")) {
            assertThat(names(a)).containsExactly("source", "reproduced", "total", "missing");
            assertThat(a.get("reproduced").asInt() + a.get("missing").size()).isEqualTo(a.get("total").asInt());
        }
    }

    @Test
    void replayTextNamesEachVoiceAndLeavesTheSessionAsItWas() {
        Article article = articleWithDrivers();
        Literal unrelated = unrelatedLiteral(article);
        workbench.assume(List.of(unrelated));
        String other = otherVoice(article.source());
        workbench.setLens(List.of(other));

        String text = commands.replay(false);

        kb().voices().forEach(v -> assertThat(text).contains(v.id()));
        assertThat(text).containsPattern("every article reproduces at least 60%|below 60%: ");
        assertThat(workbench.assumptions()).containsExactly(unrelated);
        assertThat(workbench.lens()).containsExactly(other);
    }

    // ---------------------------------------------------------------- helpers

    private static KnowledgeBase kb() {
        return engine.knowledgeBase();
    }

    private static Article articleWithDrivers() {
        return new Articles(kb()).all().stream().filter(a -> !a.drivers().isEmpty()).findFirst().orElseThrow();
    }

    private static String otherVoice(String voice) {
        return kb().voices().stream().map(Source::id).filter(id -> !id.equals(voice)).findFirst().orElseThrow();
    }

    /** A literal on a proposition the article takes no driver position on. */
    private static Literal unrelatedLiteral(Article article) {
        List<String> taken = article.drivers().stream().map(p -> p.proposition()).toList();
        return kb().propositions().stream().filter(p -> !taken.contains(p.id())).findFirst()
                .map(p -> new Literal(p.id(), true)).orElseThrow();
    }

    private static JsonNode article(JsonNode comparison, String source) {
        for (JsonNode a : comparison.get("articles")) {
            if (a.get("source").asString().equals(source)) {
                return a;
            }
        }
        throw new AssertionError("no article " + source + " in " + comparison);
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    /** What the shell would report for a command that throws. */
    private static ExitStatus failure(Runnable command) {
        Throwable t = catchThrowable(command::run);
        assertThat(t).as("the command should have failed").isNotNull();
        return new ErrorMapper().apply((Exception) t);
    }
}
