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
 * Loads the engine once per process, on a thread of its own, so that building the rule base
 * (the larger part of start-up) overlaps with Spring's own start-up. {@code main} calls
 * {@link #start()} first thing; the {@code Engine} bean {@link #await() awaits} the result (and
 * starts the load itself when nothing did, as in tests).
 */
public final class EngineLoader {

    /** The system property {@code --kb} sets. */
    public static final String PROPERTY = "qantar.kb";
    /** The environment variable that chooses a knowledge base when {@code --kb} does not. */
    public static final String ENV = "QANTAR_KB";

    private static CompletableFuture<Loaded> loading;
    private static volatile boolean mistakesTolerated;

    /**
     * The engine, how long {@link Engine#load()} took, when it finished, its first scenario and when
     * that was evaluated (times from {@link System#nanoTime()}).
     */
    public record Loaded(Engine engine, long millis, long finishedAt, Scenario firstScenario, long evaluatedAt) {
    }

    private static boolean firstScenarioTaken;

    private EngineLoader() {
    }

    public static synchronized void start() {
        if (loading == null) {
            loading = new CompletableFuture<>();
            CompletableFuture<Loaded> target = loading;
            Thread t = new Thread(() -> {
                try {
                    long t0 = System.nanoTime();
                    Engine e = Engine.open(selected(), QantarHome.fromEnvironment().dir());
                    long t1 = System.nanoTime();
                    // The first evaluation (the rule engine's own class loading and first run) is
                    // paid here too, beside Spring's start-up, instead of on the main thread.
                    Scenario first = e.newScenario();
                    first.evaluation();
                    target.complete(new Loaded(e, (t1 - t0) / 1_000_000, t1, first, System.nanoTime()));
                } catch (KnowledgeBaseProblems problems) {
                    target.completeExceptionally(problems);
                } catch (Throwable failure) {
                    target.completeExceptionally(new CommandFailure(
                            "cannot load the knowledge base: " + describe(failure), failure));
                }
            }, "qantar-engine-loader");
            t.setDaemon(true);
            t.start();
        }
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
     * The scenario the loader made and evaluated beside Spring's start-up, once (the first workbench
     * takes it); a new one of {@code engine} after that, or when {@code engine} is not the loaded one.
     */
    public static synchronized Scenario firstScenario(Engine engine) {
        Loaded loaded = await();
        if (!firstScenarioTaken && loaded.engine() == engine && loaded.firstScenario() != null) {
            firstScenarioTaken = true;
            return loaded.firstScenario();
        }
        return engine.newScenario();
    }

    /** The loaded engine; rethrows what the load threw. */
    public static Loaded await() {
        start();
        CompletableFuture<Loaded> f;
        synchronized (EngineLoader.class) {
            f = loading;
        }
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
