package org.qantar.shell;

import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.shell.jline.CommandHighlighter;
import org.qantar.rules.kb.KnowledgeBaseProblems;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.config.EngineLoader;
import org.qantar.shell.config.QantarHome;
import org.qantar.shell.config.NoConstraints;
import org.qantar.shell.config.QuietLogging;
import org.qantar.shell.config.ScreenSettings;
import org.qantar.shell.config.ShellControl;
import org.qantar.shell.errors.CommandFailure;
import org.qantar.shell.errors.ErrorMapper;
import org.qantar.shell.errors.UsageException;
import org.qantar.shell.input.CommandDispatcher;
import org.qantar.rules.workbench.sessions.SessionAutosave;
import org.qantar.shell.sessions.AutosaveNotices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;
import org.springframework.util.ReflectionUtils;
import org.qantar.shell.commands.AnalysisCommands;
import org.qantar.shell.commands.AssumptionCommands;
import org.qantar.shell.commands.CompareCommands;
import org.qantar.shell.commands.Completion;
import org.qantar.shell.commands.HindsightCommands;
import org.qantar.shell.commands.KbCommands;
import org.qantar.shell.commands.KnowledgeBaseCommands;
import org.qantar.shell.commands.LensCommands;
import org.qantar.shell.commands.MapCommands;
import org.qantar.shell.commands.ReasoningCommands;
import org.qantar.shell.commands.ReportCommands;
import org.qantar.shell.commands.SessionCommands;
import org.qantar.shell.commands.ShellCommands;
import org.qantar.shell.commands.StatusCommands;
import org.qantar.shell.config.HindsightConfiguration;
import org.qantar.shell.config.ShellConfiguration;
import org.qantar.shell.sessions.SessionConfiguration;
import org.qantar.shell.sessions.SessionStartup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.jline.PromptProvider;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code qantar}: with no arguments the interactive workbench; with arguments one command
 * ({@code qantar status --json}, {@code qantar script FILE}) and its exit status: 0 success,
 * 2 usage error, 1 any other failure.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = {
        // Nothing in Qantar is proxied, asynchronous, scheduled, served over TLS or probed for
        // availability: start-up need not configure it.
        AopAutoConfiguration.class, TaskExecutionAutoConfiguration.class, TaskSchedulingAutoConfiguration.class,
        SslAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class})
// Named, not scanned: start-up reads no class files to find them. QantarApplicationTest checks that
// every @Component and @Configuration of the shell is in this list.
@Import({ShellConfiguration.class, SessionConfiguration.class, HindsightConfiguration.class, SessionStartup.class,
        Completion.class, ShellCommands.class, StatusCommands.class, AssumptionCommands.class, LensCommands.class,
        ReasoningCommands.class, AnalysisCommands.class, CompareCommands.class, SessionCommands.class,
        KnowledgeBaseCommands.class, KbCommands.class, HindsightCommands.class, MapCommands.class,
        ReportCommands.class})
public class QantarApplication {

    public static void main(String[] commandLine) {
        String[] args = commandLine;
        // Results are UTF-8 whatever the platform's default (quotes carry curly quotes and dashes).
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        // Logging is set up here, on the main thread, before the loader thread can log, and only
        // once: by QuietLogging, not again by Spring Boot.
        System.setProperty(QuietLogging.SPRING_OFF.getKey(), QuietLogging.SPRING_OFF.getValue());
        org.slf4j.LoggerFactory.getILoggerFactory();
        try {
            args = EngineLoader.takeKbOption(args);
        } catch (UsageException e) {
            System.err.println("qantar: " + e.getMessage());
            System.exit(ErrorMapper.USAGE);
        }
        boolean interactive = args.length == 0;
        if (interactive) {
            // The rule base is built as the first prompt shows, not against Spring's start-up; the
            // terminal beside it.
            EngineLoader.deferRules();
            InteractiveTerminal.start();
        }
        // Reading the knowledge base overlaps with Spring's start-up.
        EngineLoader.start();
        if (args.length > 0 && args[0].equals("kb")) {
            EngineLoader.tolerateMistakes();
        }
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
                long evaluated = EngineLoader.evaluatedAt();
                System.err.printf("qantar: Engine.load() %d ms (catalogue %d ms, done %d ms after main; rule base %d ms,"
                                + " first evaluation done %s after main); Spring ready %d ms after main;"
                                + " command done %d ms after main%n", loaded.millis() + EngineLoader.rulesMillis(),
                        loaded.millis(), (loaded.finishedAt() - started) / 1_000_000, EngineLoader.rulesMillis(),
                        evaluated == 0 ? "never" : (evaluated - started) / 1_000_000 + " ms",
                        (QantarRunner.startedAt - started) / 1_000_000,
                        (System.nanoTime() - started) / 1_000_000);
                // CPU time is steadier than wall time on a busy machine: the main thread's is the
                // critical path when the loader thread has a core of its own.
                System.err.printf("qantar: CPU main thread %d ms, process %d ms%n",
                        java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000,
                        ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
                threadCpu();
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

    /**
     * The commands: every {@code @Command} method of the classes imported above, as Spring Shell
     * would register them, but without its classpath scan of this package at every start (Spring
     * Shell's registry steps aside for this bean).
     */
    @Bean
    CommandRegistry commandRegistry(ApplicationContext context) {
        CommandRegistry registry = new CommandRegistry();
        context.getBeansOfType(org.springframework.shell.core.command.Command.class).values()
                .forEach(registry::registerCommand);
        for (Class<?> type : QantarApplication.class.getAnnotation(Import.class).value()) {
            for (Method method : MethodIntrospector.selectMethods(type, (ReflectionUtils.MethodFilter)
                    m -> AnnotatedElementUtils.hasAnnotation(m, org.springframework.shell.core.command.annotation.Command.class))) {
                CommandFactoryBean factory = new CommandFactoryBean(method);
                factory.setApplicationContext(context);
                registry.registerCommand(factory.getObject());
            }
        }
        return registry;
    }

    /** Spring Shell's argument validation, which has nothing to check in Qantar (see {@link NoConstraints}). */
    @Bean
    jakarta.validation.Validator commandValidator() {
        return new NoConstraints();
    }

    /**
     * One conversion service for every command's options; Spring Shell would otherwise look for it,
     * fail, and build one per command. Not named {@code conversionService}: the context's own
     * conversion (properties) stays Spring Boot's.
     */
    @Bean
    ConfigurableConversionService commandConversionService() {
        return new DefaultConversionService();
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
    QantarRunner qantarRunner(@Value("${qantar.runner.enabled:true}") boolean enabled, CommandDispatcher dispatcher,
                              ObjectProvider<Parser> parser, ObjectProvider<CommandCompleter> completer,
                              ObjectProvider<CommandHighlighter> highlighter, ObjectProvider<History> history,
                              QantarHome home, ShellControl control, PromptProvider prompt, ScreenSettings screen,
                              Workbench workbench, ExitCode exitCode,
                              ObjectProvider<AutosaveNotices> autosaveNotices, ObjectProvider<SessionAutosave> autosave) {
        // The line reader is made only for the interactive shell, on the terminal built beside start-up.
        Function<Terminal, LineReader> lineReader = terminal ->
                InteractiveTerminal.lineReader(terminal, parser.getObject(), completer.getObject(),
                        highlighter.getObject(), history.getObject(), home.history());
        return new QantarRunner(enabled, dispatcher, lineReader, control, prompt, screen, workbench, exitCode,
                autosaveNotices, autosave);
    }

    /** CPU time per thread name (the JIT compiler's and the GC's too), from /proc where there is one. */
    private static void threadCpu() {
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path task : tasks.toList()) {
                String name = java.nio.file.Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+$", "#");
                String stat = java.nio.file.Files.readString(task.resolve("stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                byName.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10, Long::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return;
        }
        StringBuilder b = new StringBuilder("qantar: CPU ms by thread:");
        byName.forEach((name, ms) -> {
            if (ms > 0) {
                b.append(' ').append(name).append('=').append(ms);
            }
        });
        System.err.println(b);
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
