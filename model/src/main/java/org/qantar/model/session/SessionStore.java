package org.qantar.model.session;

import org.qantar.model.Session;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Named sessions as files {@code NAME.json} in one directory (by default {@code ~/.qantar/sessions}).
 *
 * <p>Contracts: names follow {@link SessionName}; nothing is written outside the root; every write
 * is atomic (a kill leaves the old file or the new one, never a torn one); a file that cannot be
 * read is reported, never changed; the name of a loaded session is its file name, whatever the file
 * says inside. Every failure is a {@link SessionStoreException} with a one-line message.
 */
public final class SessionStore {

    /** A temporary file this old is the remnant of a killed writer, not a write in flight. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private static final String EXTENSION = ".json";

    private final Path root;

    /** A store rooted at {@code root}, which is created on the first save. */
    public SessionStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * The file of the session {@code name}.
     *
     * @throws SessionStoreException if the name breaks the rule
     */
    public Path fileOf(String name) {
        Path file = root.resolve(SessionName.require(name) + EXTENSION).normalize();
        // The name rule already excludes separators and "..": this is the second lock on the door.
        if (!root.equals(file.getParent())) {
            throw new SessionStoreException("refusing to use " + file + ", which is outside " + root);
        }
        return file;
    }

    public boolean exists(String name) {
        return Files.exists(fileOf(name), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Writes {@code session} under its name, replacing any earlier version, atomically.
     *
     * @return the file written
     * @throws SessionStoreException if the name breaks the rule or the disk refuses the write
     */
    public Path save(Session session) {
        Path file = fileOf(session.name());
        byte[] content = encode(session);
        try {
            Files.createDirectories(root);
            AtomicFiles.write(file, content);
            AtomicFiles.removeStaleTemporaries(file, STALE_AFTER);
        } catch (IOException | SecurityException e) {
            throw new SessionStoreException("cannot save session '" + session.name() + "' to " + file + ": "
                    + describe(e), e);
        }
        return file;
    }

    /**
     * The session {@code name}, migrated to the current schema and named after its file.
     *
     * @throws SessionStoreException if the name breaks the rule or there is no such session
     * @throws SessionFileException  if the file cannot be read as a session; it is left untouched
     */
    public Session load(String name) {
        Path file = fileOf(name);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw noSuchSession(name);
        }
        return SessionCodec.read(file).withName(name);
    }

    /**
     * Every session file in the store, sorted by name; unreadable files are listed with their problem.
     * Temporary files and files whose name breaks the rule are not sessions and are not listed.
     */
    public List<SessionSummary> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<SessionSummary> summaries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*" + EXTENSION)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - EXTENSION.length());
                if (SessionName.isValid(name) && !Files.isDirectory(file)) {
                    summaries.add(summarise(name, file));
                }
            }
        } catch (IOException | SecurityException e) {
            throw new SessionStoreException("cannot list the sessions in " + root + ": " + describe(e), e);
        }
        summaries.sort(Comparator.comparing(SessionSummary::name));
        return List.copyOf(summaries);
    }

    /**
     * Deletes the session {@code name}, readable or not.
     *
     * @throws SessionStoreException if the name breaks the rule, there is no such session, or the disk refuses
     */
    public void delete(String name) {
        Path file = fileOf(name);
        try {
            Files.delete(file);
        } catch (NoSuchFileException e) {
            throw noSuchSession(name);
        } catch (IOException | SecurityException e) {
            throw new SessionStoreException("cannot delete " + file + ": " + describe(e), e);
        }
    }

    /**
     * Renames the session {@code from} to {@code to}, rewriting the name inside the file; never replaces
     * another session. A kill in between leaves both files, both complete.
     *
     * @return the renamed session
     * @throws SessionStoreException if a name breaks the rule, {@code from} does not exist or {@code to} does
     * @throws SessionFileException  if {@code from} cannot be read (delete it instead)
     */
    public Session rename(String from, String to) {
        Path source = fileOf(from);
        Path target = fileOf(to);
        if (from.equals(to)) {
            throw new SessionStoreException("session '" + from + "' is already named so");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw alreadyExists(to);
        }
        Session renamed = load(from).withName(to);
        try {
            AtomicFiles.writeNew(target, encode(renamed));
            Files.delete(source);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(to);
        } catch (IOException | SecurityException e) {
            throw new SessionStoreException("cannot rename " + source + " to " + target + ": " + describe(e), e);
        }
        return renamed;
    }

    private static SessionSummary summarise(String name, Path file) {
        try {
            Session s = SessionCodec.read(file);
            String firstLine = s.note().lines().findFirst().orElse("");
            return new SessionSummary(name, s.saved(), s.assumptions().size(), s.kbFingerprint(), firstLine, null);
        } catch (SessionFileException e) {
            return SessionSummary.unreadable(name, e.problem());
        }
    }

    private static byte[] encode(Session session) {
        try {
            return SessionCodec.encode(session);
        } catch (RuntimeException e) {
            // Jackson refuses e.g. a note with a lone surrogate; say so instead of writing half a file.
            throw new SessionStoreException("cannot encode session '" + session.name() + "': " + e.getMessage(), e);
        }
    }

    private SessionStoreException noSuchSession(String name) {
        return new SessionStoreException("no session named '" + name + "' in " + root);
    }

    private static SessionStoreException alreadyExists(String name) {
        return new SessionStoreException("a session named '" + name
                + "' exists already: delete it first or choose another name");
    }

    /** An I/O failure in plain words, without Java's exception names. */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return (f.getFile() == null ? "a file" : f.getFile()) + " exists and is not a directory";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message;
    }
}
