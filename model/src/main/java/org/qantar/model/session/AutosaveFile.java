package org.qantar.model.session;

import org.qantar.model.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The working session, written after every change so that a crash or a kill loses at most the
 * command in flight (by default {@code ~/.qantar/autosave.json}). Same format and same guarantees as
 * a named session: atomic writes, untrusted reads.
 */
public final class AutosaveFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path file;

    public AutosaveFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /**
     * Replaces the autosave with {@code session}, atomically; the session may be untitled.
     *
     * @throws SessionStoreException if the disk refuses the write
     */
    public void write(Session session) {
        byte[] content;
        try {
            content = SessionCodec.encode(session);
        } catch (RuntimeException e) {
            throw new SessionStoreException("cannot encode the working session: " + e.getMessage(), e);
        }
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, content);
            AtomicFiles.removeStaleTemporaries(file, SessionStore.STALE_AFTER);
        } catch (IOException | SecurityException e) {
            throw new SessionStoreException("cannot autosave to " + file + ": " + SessionStore.describe(e), e);
        }
    }

    /**
     * The autosaved session, or empty if there is none.
     *
     * @throws SessionFileException if the file exists but cannot be read as a session; it is left untouched
     */
    public Optional<Session> read() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(SessionCodec.read(file));
    }

    /**
     * Moves an autosave that cannot be read out of the way, unchanged, so that the next autosave does not
     * destroy what may still be repaired by hand: {@code autosave.json} becomes
     * {@code autosave.unreadable-20220105T100000Z.json} beside it.
     *
     * @return where the file now is
     * @throws SessionStoreException if the move fails
     */
    public Path setAside(Clock clock) {
        String fileName = file.getFileName().toString();
        String base = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        Path aside = file.resolveSibling(base + ".unreadable-" + STAMP.format(clock.instant()) + ".json");
        try {
            return Files.move(file, aside);
        } catch (IOException | SecurityException e) {
            throw new SessionStoreException("cannot move " + file + " aside to " + aside + ": "
                    + SessionStore.describe(e), e);
        }
    }
}
