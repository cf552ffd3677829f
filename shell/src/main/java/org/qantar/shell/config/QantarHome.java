package org.qantar.shell.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory that holds all of Qantar's state: the command history, saved sessions. It is
 * {@code $QANTAR_HOME}, else {@code ~/.qantar}; the system property {@code qantar.home} wins over
 * both (for tests). Created on first write, never on start-up.
 */
public record QantarHome(Path dir) {

    public static final String ENV = "QANTAR_HOME";
    public static final String PROPERTY = "qantar.home";

    public static QantarHome fromEnvironment() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        Path dir = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".qantar")
                : Path.of(configured);
        return new QantarHome(dir.toAbsolutePath().normalize());
    }

    /** The interactive shell's command history. */
    public Path history() {
        return dir.resolve("history");
    }

    /** Creates the directory if it does not exist yet; returns it. */
    public Path ensureExists() {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
