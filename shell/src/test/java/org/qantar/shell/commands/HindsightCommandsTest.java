package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.model.json.Json;
import org.qantar.rules.compare.Articles;
import org.qantar.rules.hindsight.ShippedResolutions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * resolve, unresolve, resolutions, scorecard and adopt resolutions through the shell's dispatcher,
 * with the user's resolutions in a temporary home. Ids come from the knowledge base at run time.
 */
class HindsightCommandsTest extends SessionShellTestBase {

    @Autowired
    Completion completion;

    /** An outcome some article takes a position on, and that article's stance. */
    private Literal anOutcomePosition() {
        return new Articles(kb()).all().stream().flatMap(a -> a.outcomes().stream()).findFirst()
                .map(p -> new Literal(p.proposition(), p.value())).orElseThrow();
    }

    @Test
    void resolveSavesTheResolutionAndResolutionsListsItAsYours() throws Exception {
        Literal stance = anOutcomePosition();
        String prop = stance.proposition();

        Run r = run("resolve " + prop + " " + stance.value() + " --on 2023-04 --evidence 'It happened in April.' "
                + "--url https://example.org/x");
        JsonNode listing = Json.tree(run("resolutions --json").output());

        assertThat(r.status()).isZero();
        assertThat(r.output()).contains(prop + " resolved " + stance.value() + " on 2023-04 (yours");
        assertThat(filesInHome()).contains("resolutions.json");
        JsonNode mine = null;
        for (JsonNode e : listing.get("resolutions")) {
            if (e.get("resolution").get("proposition").asString().equals(prop)) {
                mine = e;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("origin").asString()).isEqualTo("yours");
        assertThat(mine.get("resolution").get("reference").asString()).isEqualTo("https://example.org/x");
        assertThat(listing.get("file").asString()).endsWith("resolutions.json");
    }

    @Test
    void theScorecardScoresTheUsersResolutionAsTheArticlesForecast() throws Exception {
        Literal stance = anOutcomePosition();
        run("resolve " + stance.proposition() + " " + stance.value() + " --on 2023 --evidence 'As the article said.'");

        JsonNode s = Json.tree(run("scorecard --json").output());
        String text = run("scorecard").output();

        assertThat(s.get("probabilities").get("stated").asDouble()).isEqualTo(0.9);
        boolean found = false;
        for (JsonNode a : s.get("articles")) {
            for (JsonNode p : a.get("positions")) {
                if (p.get("proposition").asString().equals(stance.proposition())
                        && p.get("stance").asBoolean() == stance.value()) {
                    assertThat(p.get("held").asBoolean()).isTrue();
                    double prob = p.get("probability").asDouble();
                    assertThat(p.get("brier").asDouble()).isCloseTo((1 - prob) * (1 - prob),
                            org.assertj.core.api.Assertions.within(1e-4));
                    found = true;
                }
            }
        }
        assertThat(found).isTrue();
        assertThat(text).contains("BRIER").contains("Calibration").contains("Claim autopsy");
    }

    @Test
    void theProbabilitiesCanBeOverriddenAndBadOnesAreRefusedInOneLine() {
        JsonNode s = Json.tree(run("scorecard --probabilities stated=0.95 --json").output());
        Run bad = run("scorecard --probabilities stated=0.4");
        Run unknown = run("scorecard --probabilities sure=0.9");

        assertThat(s.get("probabilities").get("stated").asDouble()).isEqualTo(0.95);
        assertThat(s.get("probabilities").get("likely").asDouble()).isEqualTo(0.7);
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.message()).isEqualTo("the probability for stated must lie between 0.5 and 1, not 0.4");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.message()).startsWith("unknown confidence level 'sure'");
    }

    @Test
    void badResolutionsAreRefusedInOneLineWithExitStatusTwoAndNothingIsWritten() throws Exception {
        String prop = anOutcomePosition().proposition();

        List<Run> runs = List.of(
                run("resolve " + misspelt(prop) + " true --on 2022 --evidence 'x'"),
                run("resolve " + prop + " maybe --on 2022 --evidence 'x'"),
                run("resolve " + prop + " true --on 2022-13-01 --evidence 'x'"),
                run("resolve " + prop + " partly --on 2022 --evidence 'x'"),
                run("resolve " + prop + " true --evidence 'x'"),
                run("resolve " + prop + " true --on 2022"),
                run("resolve " + prop + " --on 2022 --evidence 'x'"),
                run("unresolve " + prop),
                run("unresolve"));

        assertThat(runs).allSatisfy(r -> {
            assertThat(r.status()).as(r.message()).isEqualTo(2);
            assertThat(r.message()).doesNotContain("\n");
        });
        assertThat(runs.get(0).message()).startsWith("unknown proposition '" + misspelt(prop) + "' (did you mean")
                .contains(prop);
        assertThat(runs.get(1).message()).isEqualTo("unknown resolution 'maybe' (use true, false or partly)");
        assertThat(runs.get(2).message()).startsWith("bad date '2022-13-01'");
        assertThat(runs.get(3).message()).isEqualTo(prop + ": 'partly' needs a note saying in what way (--note TEXT)");
        assertThat(runs.get(4).message()).startsWith("resolve needs --on DATE");
        assertThat(runs.get(5).message()).startsWith("resolve needs --evidence TEXT");
        assertThat(runs.get(6).message()).startsWith("resolve takes a proposition and a value");
        assertThat(runs.get(7).message()).startsWith("you have not resolved " + prop);
        assertThat(filesInHome()).doesNotContain("resolutions.json");
    }

    @Test
    void unresolveWithdrawsTheUsersResolution() throws Exception {
        String prop = anOutcomePosition().proposition();
        run("resolve " + prop + " partly --on 2022/2023 --evidence 'Half of it.' --note 'only the first half'");

        Run r = run("unresolve " + prop + " --json");

        assertThat(r.status()).isZero();
        assertThat(Json.tree(r.output()).get("proposition").asString()).isEqualTo(prop);
        assertThat(Files.readString(HOME.resolve("resolutions.json"))).doesNotContain(prop);
    }

    @Test
    void adoptResolutionsAssumesWhatHappenedInOneUndoStep() {
        Literal stance = anOutcomePosition();
        run("resolve " + stance.proposition() + " " + stance.value() + " --on 2023 --evidence 'It happened.'");

        Run r = run("adopt resolutions");

        assertThat(r.status()).isZero();
        assertThat(r.output()).startsWith("adopted what happened: ");
        assertThat(workbench.assumptions()).contains(stance);
        run("undo");
        assertThat(workbench.assumptions()).isEmpty();
    }

    @Test
    void everyHindsightCommandHasHelpAndTheirIdsComplete() {
        for (String command : List.of("resolve", "unresolve", "resolutions", "scorecard")) {
            Run help = run("help " + command);
            assertThat(help.status()).as(command).isZero();
            assertThat(help.output()).as(command).contains("usage: " + command);
        }
        assertThat(run("help adopt").output()).contains("adopt resolutions");
        assertThat(completion.values(Completion.Kind.SOURCE_OR_RESOLUTIONS, null)).contains("resolutions");
        List<String> props = new ArrayList<>(kb().propositions().stream().map(Proposition::id).toList());
        assertThat(completion.values(Completion.Kind.PROPOSITION, null)).containsAll(props);
    }

    @Test
    void everyShippedResolutionIsWellFormed() {
        assertThat(ShippedResolutions.load()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.reference()).as(r.proposition()).isNotBlank();
            assertThat(r.evidence().split("\\s+").length).as(r.proposition()).isGreaterThan(5);
        });
    }
}
