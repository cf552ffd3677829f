package org.qantar.shell.commands;

import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.rules.KnowledgeBase;
import org.qantar.model.Proposition;
import org.qantar.model.json.Json;
import org.qantar.rules.analysis.Baseline;
import org.qantar.rules.analysis.EnumerationResult;
import org.qantar.rules.analysis.Reach;
import org.qantar.rules.analysis.ReachResult;
import org.qantar.rules.analysis.ScenarioEnumeration;
import org.qantar.rules.analysis.Sensitivity;
import org.qantar.rules.analysis.SensitivityResult;
import org.qantar.rules.analysis.Simulation;
import org.qantar.rules.analysis.SimulationResult;
import org.qantar.rules.workbench.Ids;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.sessions.SessionHeaders;
import org.qantar.shell.errors.ErrorLine;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.render.PriorsView;
import org.qantar.shell.render.ProgressBar;
import org.qantar.shell.render.ReachView;
import org.qantar.shell.render.ScenariosView;
import org.qantar.shell.render.SensitivityView;
import org.qantar.shell.render.SimulationView;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Analysis over the drivers left free: priors, Monte Carlo simulation, sensitivity, exhaustive
 * scenarios and "what would it take" ({@code reach}). The assumptions and the lens of the session
 * are held fixed in all of them; the work runs on the compiled graph evaluator, on every processor.
 */
@Component
public class AnalysisCommands {

    static final String GROUP = "Analysis";

    static final int DEFAULT_SAMPLES = 10_000;
    static final long DEFAULT_SEED = 1;
    static final int MAX_SAMPLES = 100_000_000;
    static final int MAX_SENSITIVITY_SAMPLES = 10_000_000;
    static final int DEFAULT_PROFILES_SHOWN = 10;

    private final Workbench workbench;
    private final ScreenSettings screen;
    private final SessionHeaders headers;

    /** Without a session header on the results (tests that build the commands themselves). */
    public AnalysisCommands(Workbench workbench, ScreenSettings screen) {
        this(workbench, screen, null);
    }

    @Autowired
    public AnalysisCommands(Workbench workbench, ScreenSettings screen, SessionHeaders headers) {
        this.headers = headers;
        this.workbench = workbench;
        this.screen = screen;
        Completion.forArguments("prior", Completion.Kind.PRIOR);
        Completion.forArguments("sensitivity", Completion.Kind.OUTCOME_LITERAL);
        Completion.forArguments("reach", Completion.Kind.LITERAL);
        Completion.forOption("drivers", Completion.Kind.DRIVER);
    }

    // ---------------------------------------------------------------- priors

    @Command(name = "prior", group = GROUP, completionProvider = Completion.BEAN,
            description = "Set how likely a driver is: prior DRIVER P, prior DRIVER beta A B, prior DRIVER clear.",
            help = """
                    usage: prior DRIVER P | prior DRIVER beta A B | prior DRIVER clear
                    P is the probability that the driver holds (0 to 1). beta A B makes it uncertain: \
                    the simulation draws the probability from Beta(A, B) (mean A/(A+B); A and B above 0, \
                    at most 1,000,000) once per 128 worlds, so the intervals widen with the uncertainty. \
                    clear goes back to the default, 0.5. Priors are kept in the session file; an \
                    assumed driver keeps its prior but is held fixed while assumed.""")
    public String prior(@Arguments List<String> words) {
        if (words == null || words.size() < 2) {
            throw new UsageException("prior needs a driver and a value: prior DRIVER P, prior DRIVER beta A B, "
                    + "or prior DRIVER clear");
        }
        String id = driver(words.get(0));
        String was = describe(workbench.priors().get(id));
        String kind = words.get(1).toLowerCase(Locale.ROOT);
        if (kind.equals("clear")) {
            expectWords(words, 2, "prior " + id + " clear");
            workbench.removePrior(id);
            return "prior of " + id + " cleared: it counts as " + Prior.UNIFORM + " (was " + was + ")" + heldNote(id);
        }
        Prior prior;
        if (kind.equals("beta")) {
            expectWords(words, 4, "prior " + id + " beta A B, e.g. prior " + id + " beta 2 5");
            double a = number(words.get(2), "beta parameter");
            double b = number(words.get(3), "beta parameter");
            if (!(a > 0 && b > 0 && a <= Prior.MAX_BETA_PARAMETER && b <= Prior.MAX_BETA_PARAMETER)) {
                throw new UsageException("beta parameters are numbers above 0 and at most 1,000,000, got "
                        + words.get(2) + " and " + words.get(3) + " (e.g. prior " + id + " beta 2 5)");
            }
            prior = Prior.beta(a, b);
        } else {
            expectWords(words, 2, "prior " + id + " P, e.g. prior " + id + " 0.3");
            double p = number(words.get(1), "probability");
            if (!(p >= 0 && p <= 1)) {
                throw new UsageException("a probability is between 0 and 1, got " + words.get(1));
            }
            prior = Prior.probability(p);
        }
        workbench.setPrior(id, prior);
        return "prior of " + id + ": " + describe(prior) + " (was " + was + ")" + heldNote(id);
    }

    @Command(name = "priors", group = GROUP, completionProvider = Completion.BEAN,
            description = "Every driver's prior (0.5 where none is set), and which are held fixed.",
            help = """
                    usage: priors [--json]
                    --json prints {"priors":[{"driver","prior":{"p"}|{"alpha","beta"},"mean","set","assumed"}]}; \
                    assumed is the assumed value, or null.""")
    public String priors(@Option(longName = "json", description = "print JSON") boolean json) {
        return json ? PriorsView.json(workbench.knowledgeBase(), workbench.priors(), workbench.assumptions())
                : Out.text(PriorsView.render(workbench.knowledgeBase(), workbench.priors(), workbench.assumptions(),
                screen.get()));
    }

    // ---------------------------------------------------------------- simulation

    @Command(name = "simulate", group = GROUP, completionProvider = Completion.BEAN,
            description = "Monte Carlo over the drivers' priors: how often each outcome has each status.",
            help = """
                    usage: simulate [--samples N] [--seed S] [--json]
                    Draws N worlds (default 10000) of the drivers you have not assumed, each from its \
                    prior, and counts each outcome's status and value, with Wilson 95% intervals. The \
                    same seed (default 1) gives the same numbers. Assumed outcomes are left out. \
                    Facts are never varied: the record holds them (or, with the record off, the sources \
                    reason to them). SUPPORTED counts at any strength. \
                    --json prints {"samples":N,"seed":S,"outcomes":[{"proposition","probabilities":\
                    {"SUPPORTED_TRUE":p,"SUPPORTED_FALSE":p,"PLAUSIBLE_TRUE":p,"PLAUSIBLE_FALSE":p,\
                    "CONTESTED":p,"OPEN":p},"intervals":{"SUPPORTED_TRUE":[lo,hi],...},"strength":\
                    {"stated":p,"atLeastLikely":p}}]}: strength is P(SUPPORTED at strength stated) and \
                    P(at stated or likely).""")
    public String simulate(@Option(longName = "samples", description = "worlds to draw (default 10000)") String samples,
                           @Option(longName = "seed", description = "random seed (default 1)") String seed,
                           @Option(longName = "json", description = "print JSON") boolean json) {
        int n = (int) wholeNumber("--samples", samples, DEFAULT_SAMPLES, 1, MAX_SAMPLES);
        long s = wholeNumber("--seed", seed, DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        Baseline baseline = baseline();
        SimulationResult result;
        try (ProgressBar bar = ProgressBar.start("simulating", screen.get())) {
            result = analysis(() -> new Simulation(baseline).run(n, s, threads(), bar));
        }
        workbench.keepSimulation(result);
        if (json) {
            return Json.write(result);
        }
        int[] drivers = baseline.freeDrivers();
        int withPrior = 0;
        for (int d : drivers) {
            withPrior += workbench.priors().containsKey(baseline.id(d)) ? 1 : 0;
        }
        return Out.text(header() + SimulationView.render(result, drivers.length, withPrior,
                baseline.assumptions().size(), screen.get()));
    }

    // ---------------------------------------------------------------- sensitivity

    @Command(name = "sensitivity", group = GROUP, completionProvider = Completion.BEAN,
            description = "Which drivers move an outcome most, as a tornado chart.",
            help = """
                    usage: sensitivity OUTCOME [--samples N] [--seed S] [--json]
                    For each free driver, the chance that OUTCOME is SUPPORTED true with the driver true \
                    minus with it false, the other free drivers drawn from their priors (N worlds, \
                    default 10000, both arms on the same worlds). !OUTCOME measures SUPPORTED false. \
                    --json prints {"target","samples","seed","probability","drivers":[{"driver",\
                    "whenTrue","whenFalse","effect","interval":[lo,hi]}]}, largest effect first.""")
    public String sensitivity(@Arguments List<String> words,
                              @Option(longName = "samples", description = "worlds to draw (default 10000)") String samples,
                              @Option(longName = "seed", description = "random seed (default 1)") String seed,
                              @Option(longName = "json", description = "print JSON") boolean json) {
        Literal target = oneLiteral(words, "sensitivity");
        int n = (int) wholeNumber("--samples", samples, DEFAULT_SAMPLES, 2, MAX_SENSITIVITY_SAMPLES);
        long s = wholeNumber("--seed", seed, DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        Baseline baseline = baseline();
        SensitivityResult result;
        try (ProgressBar bar = ProgressBar.start("measuring", screen.get())) {
            result = analysis(() -> new Sensitivity(baseline).run(target, n, s, threads(), bar));
        }
        workbench.keepSensitivity(result);
        return json ? Json.write(result) : Out.text(SensitivityView.render(result, screen.get()));
    }

    // ---------------------------------------------------------------- scenarios

    @Command(name = "scenarios", group = GROUP, completionProvider = Completion.BEAN,
            description = "Every combination of the free drivers, grouped into outcome profiles.",
            help = """
                    usage: scenarios [--drivers D,D,...] [--limit N] [--json]
                    Evaluates all 2^k combinations of the chosen drivers (default: every driver you have \
                    not assumed; at most 24). Drivers not chosen stay unassumed. Each profile shows its \
                    share of the worlds, the driver values common to all of them (what defines it), the \
                    outcomes that differ between profiles, and an example world. --limit N shows the N \
                    largest (default 10, 0 for all). --json prints every profile: {"drivers":[...],\
                    "leftUnassumed":[...],"worlds":N,"profiles":[{"count","share","outcomes":{"id":\
                    "SUPPORTED_TRUE",...},"representative":[literals],"conditions":[literals]}]}.""")
    public String scenarios(@Option(longName = "drivers", description = "drivers to combine, comma-separated") String drivers,
                            @Option(longName = "limit", description = "profiles to show (default 10, 0 for all)") String limit,
                            @Option(longName = "json", description = "print JSON") boolean json) {
        List<String> chosen = Ids.split(drivers == null ? List.of() : List.of(drivers));
        if (drivers != null && chosen.isEmpty()) {
            // "--drivers ," named none: it must not quietly mean every driver.
            throw new UsageException("--drivers needs driver ids, comma-separated (leave it out for every free driver)");
        }
        chosen.forEach(id -> workbench.ids().proposition(id));
        int shown = (int) wholeNumber("--limit", limit, DEFAULT_PROFILES_SHOWN, 0, Integer.MAX_VALUE);
        Baseline baseline = baseline();
        EnumerationResult result;
        try (ProgressBar bar = ProgressBar.start("enumerating", screen.get())) {
            result = analysis(() -> new ScenarioEnumeration(baseline).run(chosen, threads(), bar));
        }
        return json ? Json.write(result) : Out.text(ScenariosView.render(result, shown, screen.get()));
    }

    // ---------------------------------------------------------------- reach

    @Command(name = "reach", group = GROUP, completionProvider = Completion.BEAN,
            description = "What would it take: the fewest changes to your assumptions that make a literal SUPPORTED.",
            help = """
                    usage: reach LITERAL [--max-changes K] [--counterfactual] [--json]
                    A change assumes an unassumed proposition, flips an assumption, or withdraws one; \
                    assuming the literal itself does not count. A fact the record holds is never \
                    changed unless --counterfactual (then assuming it against the record is a change \
                    too). Lists every minimal set of at most K \
                    changes (default 3) — drop any change and it stops working — with the claims that \
                    would then carry the literal. --json prints {"target","now","maxChanges","sets":\
                    [{"changes":[{"change":"add|flip|remove","literal"}],"carriedBy":[claim ids]}]}.""")
    public String reach(@Arguments List<String> words,
                        @Option(longName = "max-changes", description = "largest set of changes to try (default 3)") String maxChanges,
                        @Option(longName = "counterfactual", description = "also assume recorded facts against the record")
                        boolean counterfactual,
                        @Option(longName = "json", description = "print JSON") boolean json) {
        Literal target = oneLiteral(words, "reach");
        int k = (int) wholeNumber("--max-changes", maxChanges, Reach.DEFAULT_MAX_CHANGES, 1, 10);
        Baseline baseline = baseline();
        ReachResult result = analysis(() -> new Reach(baseline, counterfactual).run(target, k));
        KnowledgeBase kb = workbench.knowledgeBase();
        boolean concludable = kb.claims().stream().anyMatch(c -> c.conclusion().equals(target)
                && (workbench.lens().isEmpty() || workbench.lens().contains(c.source())));
        return json ? Json.write(result) : Out.text(ReachView.render(result, kb, concludable, screen.get()));
    }

    // ---------------------------------------------------------------- helpers

    private Baseline baseline() {
        return Baseline.of(workbench.engine().graph(), workbench.assumptions(), workbench.lens(), workbench.priors(),
                workbench.record(), workbench.minConfidence());
    }

    private static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs an analysis. The analyses report what the user asked wrongly (an assumed target, too many
     * worlds) as IllegalArgumentException. With {@code QANTAR_TIMING} set, the time the analysis
     * itself took goes to stderr, beside the start-up times main reports.
     */
    private static <T> T analysis(Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } finally {
            if (System.getenv("QANTAR_TIMING") != null) {
                System.err.printf("qantar: analysis %d ms%n", (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private String driver(String typed) {
        String id = workbench.ids().proposition(typed.strip());
        Proposition p = workbench.knowledgeBase().proposition(id).orElseThrow();
        if (!p.isDriver()) {
            throw new UsageException("'" + id + "' is " + (p.isFact() ? "a fact" : "an outcome") + ": priors apply to drivers only "
                    + "(propositions --kind driver lists them)");
        }
        return id;
    }

    private Literal oneLiteral(List<String> words, String command) {
        List<String> items = Ids.split(words);
        if (items.size() != 1) {
            String example = workbench.knowledgeBase().propositions().stream().filter(Proposition::isOutcome)
                    .map(Proposition::id).findFirst().orElse("some_id");
            throw new UsageException(command + " takes one outcome (or !outcome), e.g. " + command + " " + example);
        }
        return workbench.ids().literal(items.get(0));
    }

    private static String describe(Prior prior) {
        if (prior == null) {
            return Prior.UNIFORM + ", the default";
        }
        return prior.isBeta() ? prior + ", mean " + String.format(Locale.ROOT, "%.2f", prior.mean()) : prior.toString();
    }

    private String heldNote(String id) {
        return workbench.assumptions().stream().anyMatch(l -> l.proposition().equals(id))
                ? "; " + id + " is assumed, so analyses hold it fixed until you unassume it" : "";
    }

    private static void expectWords(List<String> words, int count, String usage) {
        if (words.size() != count) {
            throw new UsageException("usage: " + usage);
        }
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("not a " + what + ": '" + text + "' (give a number, e.g. 0.3)");
        }
    }

    /** An option's whole-number value, or {@code fallback} when it is absent. */
    private static long wholeNumber(String option, String text, long fallback, long min, long max) {
        if (text == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.strip().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            // newcomer #20: a whole number too large for a long is still a whole number: say the bound
            if (text.strip().replace("_", "").replace(",", "").matches("[-+]?[0-9]+")) {
                boolean negative = text.strip().startsWith("-");
                throw new UsageException(option + " must be " + (negative ? "at least " : "at most ")
                        + String.format(java.util.Locale.ROOT, "%,d", negative ? min : max) + ", got " + ErrorLine.of(text.strip()));
            }
            throw new UsageException(option + " takes a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw new UsageException(option + " must be " + (max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                    ? "at least " + min : "from " + min + " to " + String.format(Locale.ROOT, "%,d", max))
                    + ", got " + text);
        }
        return value;
    }

    /** The session header line, or nothing when built without one. */
    private String header() {
        return headers == null ? "" : headers.current().render(workbench.knowledgeBase(), screen.get());
    }
}
