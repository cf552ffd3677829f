package org.qantar.shell.commands;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.Proposition;
import org.qantar.model.json.Json;
import org.qantar.rules.Engine;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.errors.ErrorMapper;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.render.Screen;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The analysis commands on the shipped knowledge base, called directly (no Spring context): ids are
 * picked from the knowledge base at run time, never written in. Errors are checked as the
 * exception the command throws and the exit status the shell's one error mapper gives it.
 */
class AnalysisCommandsTest {

    private static Engine engine;

    private Workbench workbench;
    private AnalysisCommands commands;

    @BeforeAll
    static void loadOnce() {
        engine = Engine.load();
    }

    @BeforeEach
    void freshSession() {
        workbench = new Workbench(engine);
        commands = new AnalysisCommands(workbench, new ScreenSettings(Screen.plain(100)));
    }

    private List<String> drivers() {
        return workbench.knowledgeBase().propositions().stream().filter(Proposition::isDriver).map(Proposition::id).toList();
    }

    private List<String> outcomes() {
        return workbench.knowledgeBase().propositions().stream().filter(Proposition::isOutcome).map(Proposition::id).toList();
    }

    private static int exitStatus(Runnable command) {
        try {
            command.run();
            return 0;
        } catch (RuntimeException e) {
            return new ErrorMapper().apply(e).code();
        }
    }

    @Test
    void priorSetsAndClearsADriversPrior() {
        // given
        String d = drivers().get(0);

        // when
        String set = commands.prior(List.of(d, "0.8"));
        String beta = commands.prior(List.of(d, "beta", "2", "5"));

        // then
        assertThat(set).isEqualTo("prior of " + d + ": 0.80 (was 0.50, the default)");
        assertThat(beta).isEqualTo("prior of " + d + ": beta(2, 5), mean 0.29 (was 0.80)");
        assertThat(workbench.priors()).containsExactly(Map.entry(d, Prior.beta(2, 5)));

        // when cleared
        String cleared = commands.prior(List.of(d, "clear"));

        // then
        assertThat(cleared).startsWith("prior of " + d + " cleared: it counts as 0.50");
        assertThat(workbench.priors()).isEmpty();
    }

    @Test
    void priorRefusesWhatIsNotADriverOrAProbability() {
        String d = drivers().get(0);
        String o = outcomes().get(0);
        assertThatThrownBy(() -> commands.prior(List.of(o, "0.3"))).isInstanceOf(UsageException.class)
                .hasMessage("'" + o + "' is an outcome: priors apply to drivers only (propositions --kind driver lists them)");
        assertThatThrownBy(() -> commands.prior(List.of(d, "1.5"))).hasMessage("a probability is between 0 and 1, got 1.5");
        assertThatThrownBy(() -> commands.prior(List.of(d, "-0.1"))).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> commands.prior(List.of(d, "often"))).hasMessageStartingWith("not a probability: 'often'");
        assertThatThrownBy(() -> commands.prior(List.of(d, "beta", "2", "0"))).hasMessageStartingWith("beta parameters are numbers above 0");
        assertThatThrownBy(() -> commands.prior(List.of(d + "x", "0.3"))).hasMessageContaining("did you mean " + d);
        assertThatThrownBy(() -> commands.prior(List.of(d))).hasMessageStartingWith("prior needs a driver and a value");
        assertThat(exitStatus(() -> commands.prior(List.of(o, "0.3")))).isEqualTo(ErrorMapper.USAGE);
        assertThat(workbench.priors()).isEmpty();
    }

    @Test
    void priorsListsEveryDriverWithItsPrior() {
        // given
        String d = drivers().get(1);
        String a = drivers().get(2);
        commands.prior(List.of(d, "0.25"));
        workbench.assume(List.of(new Literal(a, false)));

        // when
        String text = commands.priors(false);
        JsonNode json = Json.tree(commands.priors(true));

        // then
        assertThat(text.lines().skip(1)).hasSize(drivers().size());
        assertThat(text).containsPattern(d + " +0\\.25 +0\\.25").contains("0.50 (default)").contains("assumed false: held fixed");
        assertThat(json.get("priors").size()).isEqualTo(drivers().size());
        JsonNode row = json.get("priors").get(1);
        assertThat(new ArrayList<>(row.propertyNames())).containsExactly("driver", "prior", "mean", "set", "assumed");
        assertThat(row.get("driver").asString()).isEqualTo(d);
        assertThat(row.get("prior").get("p").asDouble()).isEqualTo(0.25);
        assertThat(row.get("set").asBoolean()).isTrue();
        assertThat(json.get("priors").get(2).get("assumed").asBoolean()).isFalse();
    }

    @Test
    void simulateGivesTheDocumentedJsonAndTheSameNumbersForTheSameSeed() {
        // given an assumed outcome, which is held fixed and left out
        String assumedOutcome = outcomes().get(0);
        workbench.assume(List.of(new Literal(assumedOutcome, true)));

        // when
        String first = commands.simulate("2000", "7", true);
        String again = commands.simulate("2000", "7", true);
        String other = commands.simulate("2000", "8", true);

        // then
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        JsonNode json = Json.tree(first);
        assertThat(new ArrayList<>(json.propertyNames())).containsExactly("samples", "seed", "outcomes");
        assertThat(json.get("samples").asInt()).isEqualTo(2000);
        assertThat(json.get("seed").asLong()).isEqualTo(7);
        List<String> reported = new ArrayList<>();
        json.get("outcomes").forEach(o -> reported.add(o.get("proposition").asString()));
        assertThat(reported).isEqualTo(outcomes().subList(1, outcomes().size()));
        JsonNode probabilities = json.get("outcomes").get(0).get("probabilities");
        assertThat(new ArrayList<>(probabilities.propertyNames())).containsExactly("SUPPORTED_TRUE", "SUPPORTED_FALSE",
                "PLAUSIBLE_TRUE", "PLAUSIBLE_FALSE", "CONTESTED", "OPEN");
        double sum = 0;
        for (JsonNode p : probabilities) {
            sum += p.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void simulateAsTextShowsABarPerOutcome() {
        // when
        String text = commands.simulate("1000", null, false);

        // then: a header, the margin, the legend, a blank line, then one line (or more) per outcome
        assertThat(text).startsWith("1,000 worlds (seed 1): " + drivers().size() + " free drivers");
        assertThat(text).contains("T SUPPORTED true  t PLAUSIBLE true  ? CONTESTED  . OPEN");
        for (String o : outcomes()) {
            assertThat(text).containsPattern("(?m)^" + o + " +[Tt?.fF]{25}  ");
        }
    }

    @Test
    void simulateRefusesBadNumbers() {
        assertThatThrownBy(() -> commands.simulate("0", null, false)).hasMessage("--samples must be from 1 to 100,000,000, got 0");
        assertThatThrownBy(() -> commands.simulate("many", null, false)).hasMessage("--samples takes a whole number, got 'many'");
        assertThatThrownBy(() -> commands.simulate(null, "x", false)).hasMessage("--seed takes a whole number, got 'x'");
        // newcomer #20: a whole number beyond a long was called "not a whole number"
        assertThatThrownBy(() -> commands.simulate(null, "99999999999999999999", false))
                .hasMessage("--seed must be at most 9,223,372,036,854,775,807, got 99999999999999999999");
    }

    @Test
    void sensitivityRanksTheDriversOfAnOutcome() {
        // given
        String o = outcomes().get(outcomes().size() - 1);

        // when
        JsonNode json = Json.tree(commands.sensitivity(List.of(o), "2000", "3", true));
        String text = commands.sensitivity(List.of(o), "2000", "3", false);

        // then
        assertThat(new ArrayList<>(json.propertyNames())).containsExactly("target", "samples", "seed", "probability", "drivers");
        assertThat(json.get("drivers").size()).isEqualTo(drivers().size());
        double previous = Double.MAX_VALUE;
        for (JsonNode d : json.get("drivers")) {
            assertThat(Math.abs(d.get("effect").asDouble())).isLessThanOrEqualTo(previous);
            previous = Math.abs(d.get("effect").asDouble());
        }
        assertThat(text).startsWith("P(" + o + " SUPPORTED true) = ");
        assertThatThrownBy(() -> commands.sensitivity(List.of(drivers().get(0)), null, null, false))
                .hasMessageContaining("is a driver");
        assertThatThrownBy(() -> commands.sensitivity(List.of(), null, null, false))
                .hasMessageStartingWith("sensitivity takes one outcome");
        assertThat(exitStatus(() -> commands.sensitivity(List.of("no_such_outcome"), null, null, false)))
                .isEqualTo(ErrorMapper.USAGE);
    }

    @Test
    void scenariosEnumeratesTheChosenDrivers() {
        // given three drivers
        List<String> three = drivers().subList(0, 3);

        // when
        JsonNode json = Json.tree(commands.scenarios(String.join(",", three), null, true));
        String text = commands.scenarios(String.join(",", three), "0", false);

        // then
        assertThat(json.get("worlds").asLong()).isEqualTo(8);
        long total = 0;
        for (JsonNode p : json.get("profiles")) {
            total += p.get("count").asLong();
        }
        assertThat(total).isEqualTo(8);
        assertThat(json.get("leftUnassumed").size()).isEqualTo(drivers().size() - 3);
        assertThat(text).startsWith("8 worlds over 3 drivers: " + json.get("profiles").size());
        assertThatThrownBy(() -> commands.scenarios(outcomes().get(0), null, false)).hasMessageContaining("is an outcome");
        // hostile tests: "--drivers ," silently meant every driver
        for (String none : List.of(",", " , ", "")) {
            assertThatThrownBy(() -> commands.scenarios(none, null, false)).as("'" + none + "'")
                    .isInstanceOf(UsageException.class).hasMessageStartingWith("--drivers needs driver ids");
        }
        workbench.assume(List.of(new Literal(three.get(0), true)));
        assertThatThrownBy(() -> commands.scenarios(three.get(0), null, false)).hasMessageContaining("is assumed");
    }

    @Test
    void everySetReachFindsMakesTheTargetSupportedInTheDroolsEngine() {
        // given an outcome that is not SUPPORTED now, and that two changes can make SUPPORTED true
        String target = null;
        JsonNode json = null;
        for (String o : outcomes()) {
            if (workbench.evaluation().status(o).orElseThrow().status() != Status.SUPPORTED) {
                // when
                json = Json.tree(commands.reach(List.of(o), "2", false, true));
                if (!json.get("sets").isEmpty()) {
                    target = o;
                    break;
                }
            }
        }
        assertThat(target).as("an outcome within reach").isNotNull();

        // then every set, applied to the assumptions, makes the Drools engine support the target
        assertThat(new ArrayList<>(json.propertyNames())).containsExactly("target", "now", "maxChanges", "sets");
        int checked = 0;
        for (JsonNode set : json.get("sets")) {
            Map<String, Literal> assumptions = new LinkedHashMap<>();
            for (JsonNode change : set.get("changes")) {
                Literal l = Literal.parse(change.get("literal").asString());
                if (change.get("change").asString().equals("remove")) {
                    assumptions.remove(l.proposition());
                } else {
                    assumptions.put(l.proposition(), l);
                }
            }
            PropositionStatus s = engine.evaluate(assumptions.values(), workbench.knowledgeBase().sourceIds())
                    .status(target).orElseThrow();
            assertThat(s.label()).as("%s after %s", target, set).isEqualTo("SUPPORTED true");
            checked++;
        }
        assertThat(checked).isPositive();
        String t = target;
        assertThat(commands.reach(List.of(t), "2", false, false)).startsWith(t + " is ").contains("1. ");
        assertThatThrownBy(() -> commands.reach(List.of(t), "0", false, false)).hasMessageContaining("--max-changes");
    }

    @Test
    void reachSaysSoWhenNoCountedClaimConcludesTheTarget() {
        // given an outcome value no claim concludes (newcomer trial #7: democratic_breakthrough)
        KnowledgeBase kb = workbench.knowledgeBase();
        String target = null;
        for (String o : outcomes()) {
            for (String literal : List.of(o, "!" + o)) {
                Literal l = Literal.parse(literal);
                if (kb.claims().stream().noneMatch(c -> c.conclusion().equals(l))
                        && kb.claims().stream().anyMatch(c -> c.conclusion().proposition().equals(o))) {
                    target = literal;
                }
            }
        }
        assertThat(target).as("an outcome value no claim concludes").isNotNull();
        String goal = "SUPPORTED " + Literal.parse(target).value();

        // when
        String text = commands.reach(List.of(target), "1", false, false);

        // then no bigger --max-changes is suggested: nothing can make it
        assertThat(text).contains("No counted claim concludes " + target + ", so no change can make it " + goal)
                .doesNotContain("try --max-changes");
    }
}
