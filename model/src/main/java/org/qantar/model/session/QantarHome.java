package org.qantar.model.session;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Qantar's directory for the user's files: {@code $QANTAR_HOME}, by default {@code ~/.qantar}.
 * Sessions live in {@code sessions/}, the working session in {@code autosave.json}.
 */
public record QantarHome(Path directory) {

    /** The environment variable that overrides the default location. */
    public static final String ENVIRONMENT_VARIABLE = "QANTAR_HOME";

    public QantarHome {
        directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    /**
     * {@code $QANTAR_HOME} if set and not blank, else {@code USER_HOME/.qantar}.
     *
     * @param environment usually {@code System.getenv()}
     * @param userHome    usually {@code System.getProperty("user.home")}
     */
    public static QantarHome fromEnvironment(Map<String, String> environment, String userHome) {
        String configured = environment.get(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new QantarHome(Path.of(configured.strip()));
        }
        return new QantarHome(Path.of(userHome, ".qantar"));
    }

    public SessionStore sessions() {
        return new SessionStore(directory.resolve("sessions"));
    }

    public AutosaveFile autosave() {
        return new AutosaveFile(directory.resolve("autosave.json"));
    }
}
