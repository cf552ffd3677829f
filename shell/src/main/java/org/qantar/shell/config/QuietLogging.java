package org.qantar.shell.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.boot.logging.LoggingSystem;

import java.util.Map;

/**
 * Qantar's logging, set up in code when Logback starts (found through {@code META-INF/services}):
 * warnings and errors only, on stderr (stdout carries results only), one line each. In code rather
 * than a {@code logback.xml}, and with Spring Boot's logging system off ({@link #SPRING_OFF}), so
 * that start-up parses no XML and configures logging once instead of twice. {@code QANTAR_LOG=debug}
 * (or {@code info}) shows more.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class QuietLogging extends ContextAwareBase implements Configurator {

    /** The system property that keeps Spring Boot from configuring logging again. */
    public static final Map.Entry<String, String> SPRING_OFF = Map.entry(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);

    /** Loggers below the root's level: rule-base start-up chatter and Spring's own diagnostics. */
    private static final Map<String, Level> LEVELS = Map.of(
            "org.drools", Level.WARN,
            "org.kie", Level.WARN,
            "org.springframework", Level.ERROR,
            // main reports a failed start in one line; Spring would add the whole chain.
            "org.springframework.boot.SpringApplication", Level.OFF,
            "org.springframework.boot.diagnostics", Level.OFF);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("qantar: %level %logger{36}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Level root = Level.toLevel(System.getenv("QANTAR_LOG"), Level.WARN);
        ch.qos.logback.classic.Logger rootLogger = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLogger.setLevel(root);
        rootLogger.addAppender(stderr);
        if (root.isGreaterOrEqual(Level.WARN)) {
            LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        }
        // JLine logs through java.util.logging: into the same lines, as Spring Boot would route it.
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
