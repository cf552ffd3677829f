package org.qantar.model.session;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A session file that cannot be used: over the size limit, truncated, not JSON, not a session,
 * or written by a newer schema. The file is never changed by the attempt to read it.
 *
 * <p>The message is one line, {@code FILE: PROBLEM}, e.g.
 * {@code /home/a/.qantar/sessions/x.json: not valid JSON (Unexpected end-of-input) at line 3, column 1}.
 */
public final class SessionFileException extends SessionStoreException {

    private final transient Path file;
    private final String problem;

    public SessionFileException(Path file, String problem) {
        this(file, problem, null);
    }

    public SessionFileException(Path file, String problem, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ": " + problem, cause);
        this.file = file;
        this.problem = OneLine.of(problem);
    }

    /** The file that could not be used. */
    public Path file() {
        return file;
    }

    /** What is wrong with it, without the file name. */
    public String problem() {
        return problem;
    }
}
