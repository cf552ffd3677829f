package org.qantar.shell.sessions;

import org.qantar.model.session.AutosaveFile;
import org.qantar.model.session.SessionStore;
import org.qantar.rules.workbench.Workbench;
import org.qantar.rules.workbench.sessions.SessionAutosave;
import org.qantar.rules.workbench.sessions.SessionKeeper;
import org.qantar.rules.workbench.sessions.WorkingSession;
import org.qantar.shell.config.QantarHome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Sessions on disk: {@code QANTAR_HOME/sessions/NAME.json} and {@code QANTAR_HOME/autosave.json}.
 * The Spring property {@code qantar.home} (a system property, or a test's property) overrides the
 * {@link QantarHome} directory, so that tests never touch the user's files.
 */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {

    @Bean
    public WorkingSession workingSession(Workbench workbench) {
        return new WorkingSession(workbench, Clock.systemUTC());
    }

    @Bean
    public SessionKeeper sessionKeeper(WorkingSession working, QantarHome home, Environment environment) {
        return new SessionKeeper(working, new SessionStore(directory(home, environment).resolve("sessions")));
    }

    @Bean
    public SessionAutosave sessionAutosave(WorkingSession working, QantarHome home, Environment environment) {
        return new SessionAutosave(working, new AutosaveFile(directory(home, environment).resolve("autosave.json")),
                problem -> System.err.println("qantar: " + problem));
    }

    private static Path directory(QantarHome home, Environment environment) {
        String configured = environment.getProperty(QantarHome.PROPERTY);
        return (configured == null || configured.isBlank() ? home.dir() : Path.of(configured))
                .toAbsolutePath().normalize();
    }
}
