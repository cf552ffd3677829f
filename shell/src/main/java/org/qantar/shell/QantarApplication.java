package org.qantar.shell;

import org.jline.reader.LineReader;
import org.qantar.rules.kb.KnowledgeBaseProblems;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.EngineLoader;
import org.qantar.shell.config.QantarHome;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.config.ShellControl;
import org.qantar.shell.errors.CommandFailure;
import org.qantar.shell.errors.ErrorMapper;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.input.CommandDispatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.jline.PromptProvider;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code qantar}: with no arguments the interactive workbench; with arguments one command
 * ({@code qantar status --json}, {@code qantar script FILE}) and its exit status: 0 success,
 * 2 usage error, 1 any other failure.
 */
@SpringBootApplication
public class QantarApplication {

    public static void main(String[] commandLine) {
        String[] args = commandLine;
        // Results are UTF-8 whatever the platform's default (quotes carry curly quotes and dashes).
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        // Logging is set up here, on the main thread, before the loader thread can log.
        org.slf4j.LoggerFactory.getILoggerFactory();
        try {
            args = EngineLoader.takeKbOption(args);
        } catch (UsageException e) {
            System.err.println("qantar: " + e.getMessage());
            System.exit(ErrorMapper.USAGE);
        }
        // Building the rule base overlaps with Spring's start-up.
        EngineLoader.start();
        boolean interactive = args.length == 0;
        SpringApplication app = new SpringApplication(QantarApplication.class);
        // Arguments are a command for the shell, never Spring properties (--lens=x is not a setting).
        app.setAddCommandLineProperties(false);
        app.setDefaultProperties(Map.of(
                "spring.shell.interactive.enabled", String.valueOf(interactive),
                "spring.shell.history.name", QantarHome.fromEnvironment().history().toString()));
        int status;
        try (ConfigurableApplicationContext context = app.run(args)) {
            status = context.getBean(ExitCode.class).get();
            if (System.getenv("QANTAR_TIMING") != null) {
                EngineLoader.Loaded loaded = EngineLoader.await();
                System.err.printf("qantar: Engine.load() %d ms (done %d ms after main); Spring ready %d ms"
                                + " after main; command done %d ms after main%n", loaded.millis(),
                        (loaded.finishedAt() - started) / 1_000_000, (QantarRunner.startedAt - started) / 1_000_000,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (Throwable e) {
            KnowledgeBaseProblems problems = kbProblems(e);
            if (problems != null) {
                // A knowledge base that must not start: every problem, one line each, and a usage error.
                System.err.println("qantar: " + problems.getMessage());
                problems.problems().forEach(p -> System.err.println("  " + p));
                status = ErrorMapper.USAGE;
            } else {
                System.err.println("qantar: " + rootMessage(e));
                status = ErrorMapper.FAILURE;
            }
        }
        System.out.flush();
        System.exit(status);
    }

    @Bean
    ExitCode exitCode() {
        return new ExitCode();
    }

    /**
     * Always defined, so that Spring Shell's own runner never starts; it does nothing when
     * {@code qantar.runner.enabled=false}, as in the command tests, which drive the shell themselves.
     */
    @Bean
    QantarRunner qantarRunner(@Value("${qantar.runner.enabled:true}") boolean enabled, CommandDispatcher dispatcher, ObjectProvider<LineReader> lineReader,
                              ShellControl control, PromptProvider prompt, ScreenSettings screen,
                              Workbench workbench, QantarHome home, ExitCode exitCode) {
        return new QantarRunner(enabled, dispatcher, lineReader, control, prompt, screen, workbench, home, exitCode);
    }

    private static KnowledgeBaseProblems kbProblems(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof KnowledgeBaseProblems p) {
                return p;
            }
        }
        return null;
    }

    /** Our own failure's message where there is one (a knowledge base that does not load), else the root cause's. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CommandFailure f) {
                return f.getMessage();
            }
            t = c;
        }
        String m = t.getMessage();
        return ErrorMapper.oneLine(m == null || m.isBlank() ? t.getClass().getSimpleName() : m);
    }
}
