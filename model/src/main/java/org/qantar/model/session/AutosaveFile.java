package org.qantar.model.session;

import org.qantar.model.Session;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
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
 *
 * <p>Several processes share it (one-shot commands, shells), so every write holds an exclusive
 * lock on {@code autosave.lock} beside it, and a process that wants its read and its write to be
 * one step (a one-shot command) {@linkplain #hold() holds} that lock from before its read until it
 * exits. A write never silently replaces what another process wrote since this one last read or
 * wrote the file: that version is first kept beside it as {@code autosave.replaced-<time>.json}
 * (see {@link #write}).
 */
public final class AutosaveFile {

    /** How long a write waits for another process's lock before it gives up. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path lockFile;
    private FileChannel held;
    /** The SHA-256 of the content this process last read or wrote, or null if it saw none. */
    private byte[] lastSeen;
    private boolean seenAbsent;

    public AutosaveFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
        String name = this.file.getFileName().toString();
        this.lockFile = this.file.resolveSibling((name.endsWith(".json") ? name.substring(0, name.length() - 5) : name)
                + ".lock");
    }

    public Path file() {
        return file;
    }

    /**
     * Replaces the autosave with {@code session}, atomically; the session may be untitled. If
     * another process changed the file since this one last read or wrote it, that version is first
     * kept as {@code autosave.replaced-<time>.json}, and its path is returned.
     *
     * @return where the other process's version was kept, or empty if there was none to keep
     * @throws SessionStoreException if the session is too large to be read back, another process
     *                               holds the lock for too long, or the disk refuses the write
     */
    public Optional<Path> write(Session session) {
        byte[] content;
        try {
            content = SessionCodec.encode(session);
        } catch (RuntimeException e) {
            throw new SessionStoreException("cannot autosave the working session: " + e.getMessage(), e);
        }
        try {
            Files.createDirectories(file.getParent());
            try (Closeable lock = held != null ? () -> { } : lock(LOCK_WAIT)) {
                Optional<Path> kept = keepChangedByOthers();
                AtomicFiles.write(file, content);
                lastSeen = sha256(content);
                seenAbsent = false;
                AtomicFiles.removeStaleTemporaries(file, SessionStore.STALE_AFTER);
                return kept;
            }
        } catch (IOException | SecurityException e) {
            throw new SessionStoreException("cannot autosave to " + file + ": " + SessionStore.describe(e), e);
        }
    }

    /**
     * Takes the lock for good (until this process exits), waiting for others: from now on nothing
     * else writes the autosave, so what this process reads next and writes after is one step.
     *
     * @throws SessionStoreException if the lock cannot be taken in {@link #LOCK_WAIT}
     */
    public void hold() {
        if (held != null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            held = acquire(LOCK_WAIT);
        } catch (IOException | SecurityException e) {
            // A home that cannot be written cannot be shared either: nothing to protect.
            held = null;
        }
    }

    private Closeable lock(Duration wait) throws IOException {
        FileChannel channel = acquire(wait);
        return channel::close;
    }

    private FileChannel acquire(Duration wait) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                try {
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        return channel;
                    }
                } catch (OverlappingFileLockException e) {
                    // this process holds it already (another thread, or hold()): wait as for another
                }
                if (System.nanoTime() > deadline) {
                    throw new SessionStoreException("another qantar has held " + lockFile + " for over "
                            + wait.toSeconds() + " s: let it finish, then try again");
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new SessionStoreException("interrupted while waiting for " + lockFile);
        } catch (RuntimeException | IOException e) {
            channel.close();
            throw e;
        }
    }

    /** Keeps the file aside if someone else wrote it since this process last read or wrote it. */
    private Optional<Path> keepChangedByOthers() throws IOException {
        byte[] now = currentContent();
        if (now == null) {
            return Optional.empty(); // nothing there to keep
        }
        if (lastSeen == null && !seenAbsent) {
            return Optional.empty(); // this process never looked: it cannot tell another's change
        }
        if (lastSeen != null && java.util.Arrays.equals(sha256(now), lastSeen)) {
            return Optional.empty(); // what this process last read or wrote
        }
        Path kept = freeSibling("replaced");
        AtomicFiles.writeNew(kept, now);
        return Optional.of(kept);
    }

    private byte[] currentContent() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(SessionCodec.MAX_BYTES + 1);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** {@code autosave.<what>-<time>.json}, or with {@code -2}, {@code -3}... when that is taken. */
    private Path freeSibling(String what) {
        String fileName = file.getFileName().toString();
        String base = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        String stamp = STAMP.format(java.time.Instant.now());
        Path candidate = file.resolveSibling(base + "." + what + "-" + stamp + ".json");
        for (int n = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            candidate = file.resolveSibling(base + "." + what + "-" + stamp + "-" + n + ".json");
        }
        return candidate;
    }

    /**
     * The autosaved session, or empty if there is none.
     *
     * @throws SessionFileException if the file exists but cannot be read as a session; it is left untouched
     */
    public Optional<Session> read() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            lastSeen = null;
            seenAbsent = true;
            return Optional.empty();
        }
        Session session = SessionCodec.read(file);
        try {
            byte[] content = currentContent();
            lastSeen = content == null ? null : sha256(content);
            seenAbsent = content == null;
        } catch (IOException e) {
            lastSeen = null;
        }
        return Optional.of(session);
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
        String stamp = STAMP.format(clock.instant());
        Path aside = file.resolveSibling(base + ".unreadable-" + stamp + ".json");
        // The stamp has a one-second resolution: a taken name gets -2, -3... (a move never replaces).
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = file.resolveSibling(base + ".unreadable-" + stamp + "-" + n + ".json");
        }
        try {
            Path moved = Files.move(file, aside);
            lastSeen = null;
            seenAbsent = true;
            return moved;
        } catch (IOException | SecurityException e) {
            throw new SessionStoreException("cannot move " + file + " aside to " + aside + ": "
                    + SessionStore.describe(e), e);
        }
    }
}
