package org.qantar.shell.config;

import org.qantar.rules.Engine;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Scenario;
import org.qantar.rules.kb.ReferenceCheck;
import org.qantar.rules.kb.KnowledgeBaseProblems;
import org.qantar.rules.kb.KnowledgeBaseSource;
import org.qantar.shell.errors.CommandFailure;
import org.qantar.shell.errors.ErrorMapper;
import org.qantar.shell.errors.UsageException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads the engine once per process, on threads of its own, so that loading overlaps with Spring's
 * own start-up. {@code main} calls {@link #start()} first thing: the catalogue (what the knowledge
 * base holds) is read at once, and the {@code Engine} bean {@link #await() awaits} it (and starts
 * the load itself when nothing did, as in tests). The rule base and the first evaluation, the
 * larger part of the cost, follow on the same thread for a one-shot command or a script, which
 * needs them at once; the interactive shell {@link #deferRules() defers} them until it is about to
 * show its first prompt ({@link #warmUp()}), so that they do not compete with Spring's start-up for
 * the cores, and are built while the user reads the prompt and types.
 */
public final class EngineLoader {

    /** The system property {@code --kb} sets. */
    public static final String PROPERTY = "qantar.kb";
    /** The environment variable that chooses a knowledge base when {@code --kb} does not. */
    public static final String ENV = "QANTAR_KB";

    private static CompletableFuture<Loaded> loading;
    private static CompletableFuture<Scenario> first;
    private static boolean firstScenarioTaken;
    private static boolean rulesDeferred;
    private static volatile boolean mistakesTolerated;
    private static volatile long rulesMillis;
    private static volatile long evaluatedAt;

    /** The engine (its catalogue read), how long reading it took, and when that was done ({@link System#nanoTime()}). */
    public record Loaded(Engine engine, long millis, long finishedAt) {
    }

    private EngineLoader() {
    }

    /**
     * The interactive shell: the rule base and the first evaluation wait for {@link #warmUp()}.
     * Call before {@link #start()}.
     */
    public static synchronized void deferRules() {
        rulesDeferred = true;
    }

    public static synchronized void start() {
        if (loading == null) {
            loading = new CompletableFuture<>();
            CompletableFuture<Loaded> target = loading;
            // Warmed up on this thread unless deferred, or already under way (warmUp called first).
            CompletableFuture<Scenario> warm = rulesDeferred || first != null ? null : new CompletableFuture<>();
            if (warm != null) {
                first = warm;
            }
            Thread t = new Thread(() -> {
                Engine e;
                try {
                    long t0 = System.nanoTime();
                    e = Engine.openCatalogue(selected(), QantarHome.fromEnvironment().dir());
                    long t1 = System.nanoTime();
                    target.complete(new Loaded(e, (t1 - t0) / 1_000_000, t1));
                } catch (KnowledgeBaseProblems problems) {
                    target.completeExceptionally(problems);
                    fail(warm, problems);
                    return;
                } catch (Throwable failure) {
                    CommandFailure f = cannotLoad(failure);
                    target.completeExceptionally(f);
                    fail(warm, f);
                    return;
                }
                if (warm != null) {
                    warm(e, warm);
                }
            }, "qantar-engine-loader");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Builds the rule base and makes and evaluates the first scenario on a thread of its own, unless
     * that is done or under way: the interactive shell calls it as it shows its first prompt.
     */
    public static void warmUp() {
        CompletableFuture<Scenario> warm;
        synchronized (EngineLoader.class) {
            if (first != null) {
                return;
            }
            warm = new CompletableFuture<>();
            first = warm;
        }
        Thread t = new Thread(() -> {
            Engine e;
            try {
                e = await().engine();
            } catch (Throwable failure) {
                fail(warm, failure);
                return;
            }
            warm(e, warm);
        }, "qantar-engine-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The rule base built, and the first scenario made and evaluated (the rule engine's own class loading and first run). */
    private static void warm(Engine e, CompletableFuture<Scenario> target) {
        try {
            long t0 = System.nanoTime();
            e.buildRules();
            rulesMillis = (System.nanoTime() - t0) / 1_000_000;
            Scenario s = e.newScenario();
            s.evaluation();
            evaluatedAt = System.nanoTime();
            target.complete(s);
        } catch (Throwable failure) {
            target.completeExceptionally(cannotLoad(failure));
        }
    }

    private static void fail(CompletableFuture<Scenario> warm, Throwable failure) {
        if (warm != null) {
            warm.completeExceptionally(failure);
        }
    }

    private static CommandFailure cannotLoad(Throwable failure) {
        return failure instanceof CommandFailure f ? f
                : new CommandFailure("cannot load the knowledge base: " + describe(failure), failure);
    }

    /** How long building the rule base took (0 until it is built), for QANTAR_TIMING. */
    public static long rulesMillis() {
        return rulesMillis;
    }

    /** When the first scenario was evaluated ({@link System#nanoTime()}; 0 until it is), for QANTAR_TIMING. */
    public static long evaluatedAt() {
        return evaluatedAt;
    }

    /**
     * The knowledge base chosen for this process: {@code --kb} (taken off the command line into the
     * system property {@value #PROPERTY}), else {@code $QANTAR_KB}, else the shipped one.
     */
    public static KnowledgeBaseSource selected() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen == null || chosen.isBlank()) {
            chosen = System.getenv(ENV);
        }
        return KnowledgeBaseSource.of(chosen);
    }

    /**
     * Takes {@code --kb DIR} (or {@code --kb=DIR}) off a command line, wherever it stands, into the
     * system property {@value #PROPERTY}: every command accepts it, and it is the process's choice,
     * not the command's.
     *
     * @return the other arguments, in order
     * @throws UsageException when {@code --kb} has no value
     */
    public static String[] takeKbOption(String[] args) {
        java.util.List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--kb")) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("--kb needs a knowledge-base directory, or shipped");
                }
                System.setProperty(PROPERTY, args[++i]);
            } else if (a.startsWith("--kb=")) {
                System.setProperty(PROPERTY, a.substring("--kb=".length()));
            } else {
                rest.add(a);
            }
        }
        return rest.toArray(String[]::new);
    }

    /**
     * The most telling message in a chain: a knowledge-base file's problem (it names the file and
     * line), else a JSON problem's own words, else the first message.
     */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.qantar.rules.kb.KbJson.FileProblem p) {
                return ErrorMapper.oneLine(p.getMessage());
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException j) {
                return ErrorMapper.oneLine(j.getOriginalMessage());
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return ErrorMapper.oneLine(t.getMessage());
            }
        }
        return failure.getClass().getSimpleName();
    }

    /**
     * Lets the engine be used although the knowledge base has mistakes: the {@code kb} commands
     * are how one finds and fixes them.
     */
    public static void tolerateMistakes() {
        mistakesTolerated = true;
    }

    /**
     * The engine, unless its knowledge base has a mistake that would break commands (a rule naming
     * an unknown proposition): then start-up stops with one line naming the first mistake.
     */
    public static Engine soundEngine() {
        Engine engine = await().engine();
        if (!mistakesTolerated) {
            requireSound(engine.knowledgeBase(), engine.loadProblems());
        }
        return engine;
    }

    /** @throws CommandFailure naming the first mistake and how many there are */
    static void requireSound(KnowledgeBase kb, List<String> loadProblems) {
        List<String> mistakes = new ArrayList<>(loadProblems);
        mistakes.addAll(ReferenceCheck.problems(kb));
        if (!mistakes.isEmpty()) {
            throw new CommandFailure("the knowledge base has " + (mistakes.size() == 1 ? "a mistake: "
                    : mistakes.size() + " mistakes, the first: ") + ErrorMapper.oneLine(mistakes.get(0))
                    + " (./qantar kb validate lists " + (mistakes.size() == 1 ? "it" : "them") + ")");
        }
    }

    /**
     * The scenario the loader made and evaluated, once (the first workbench takes it; waits for it,
     * and starts it if the shell deferred it); a new one of {@code engine} after that, or when
     * {@code engine} is not the loaded one.
     */
    public static Scenario firstScenario(Engine engine) {
        Loaded loaded = await();
        synchronized (EngineLoader.class) {
            if (firstScenarioTaken || loaded.engine() != engine) {
                return engine.newScenario();
            }
            firstScenarioTaken = true;
        }
        warmUp();
        CompletableFuture<Scenario> warm;
        synchronized (EngineLoader.class) {
            warm = first;
        }
        return join(warm);
    }

    /** The loaded engine (its catalogue read; the rule base may still be building); rethrows what the load threw. */
    public static Loaded await() {
        start();
        CompletableFuture<Loaded> f;
        synchronized (EngineLoader.class) {
            f = loading;
        }
        return join(f);
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
