package org.qantar.shell.config;

import org.qantar.rules.Engine;
import org.qantar.rules.workbench.Workbench;
import org.qantar.shell.errors.ErrorMapper;
import org.qantar.shell.history.QantarHistory;
import org.qantar.shell.sessions.SessionHeaders;
import org.qantar.shell.input.CommandDispatcher;
import org.qantar.shell.input.QantarCompleter;
import org.qantar.shell.input.QantarHighlighter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.utils.Utils;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.shell.jline.CommandHighlighter;
import org.springframework.shell.jline.PromptProvider;

import java.time.Clock;

/** The workbench's beans: the engine (loaded once), the session, and how commands are run and shown. */
@Configuration(proxyBeanMethods = false)
public class ShellConfiguration {

    @Bean
    public Engine engine() {
        return EngineLoader.soundEngine();
    }

    @Bean(destroyMethod = "close")
    public Workbench workbench(Engine engine) {
        // The scenario the loader evaluates beside start-up, taken when a command first needs it.
        return new Workbench(engine, () -> EngineLoader.firstScenario(engine));
    }

    @Bean
    public ScreenSettings screenSettings() {
        return ScreenSettings.fromSystem();
    }

    @Bean
    public ShellControl shellControl() {
        return new ShellControl();
    }

    @Bean
    public QantarHome qantarHome() {
        return QantarHome.fromEnvironment();
    }

    /** Replaces Spring Shell's history, whose file handling JLine did (see {@link QantarHistory}). */
    @Bean
    public QantarHistory history() {
        return new QantarHistory(Clock.systemUTC());
    }

    @Bean
    public ErrorMapper errorMapper() {
        return new ErrorMapper();
    }

    @Bean
    public CommandDispatcher commandDispatcher(CommandRegistry registry, ErrorMapper errors, ScreenSettings screen,
                                               ObjectProvider<Workbench> workbench) {
        // Spring Shell registers a placeholder "quit" command; our exit (alias quit) does the work.
        registry.unregisterCommand(Utils.QUIT_COMMAND);
        // The knowledge base in use, asked only for a line with --kb (the workbench waits for the engine).
        return new CommandDispatcher(registry, errors, screen, () -> workbench.getObject().engine().source());
    }

    @Bean
    public PromptProvider promptProvider(Workbench workbench, ScreenSettings screen, SessionHeaders headers) {
        return new QantarPrompt(workbench, screen, headers);
    }

    @Bean
    public CommandHighlighter commandHighlighter(CommandRegistry registry, ScreenSettings screen) {
        return new QantarHighlighter(registry, screen);
    }

    @Bean
    public CommandCompleter commandCompleter(CommandRegistry registry) {
        return new QantarCompleter(registry);
    }
}
