package org.qantar.model.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes that a kill, a crash or a full disk can interrupt at any moment without leaving a torn
 * file: the content goes to a temporary file in the target's directory, is forced to the disk, and
 * only then takes the target's name in one atomic rename. Readers see the old file or the new one.
 *
 * <p>Temporary files are named {@code .TARGET.RANDOM.tmp}: hidden, never a valid session name, and
 * recognisable so that a later run can remove those a killed writer left behind.
 */
public final class AtomicFiles {

    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** Replaces {@code target} (or creates it) with {@code content}, atomically. */
    public static void write(Path target, byte[] content) throws IOException {
        Path temp = writeTemporary(target, content);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(target.getParent());
    }

    /**
     * Creates {@code target} with {@code content}, atomically, and only if it does not exist yet.
     *
     * @throws FileAlreadyExistsException if it does; it is left as it was
     */
    static void writeNew(Path target, byte[] content) throws IOException {
        Path temp = writeTemporary(target, content);
        try {
            try {
                // A hard link publishes a file atomically without replacing another: it fails if the
                // name is taken, where rename(2) would silently overwrite.
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | IOException e) {
                // A file system without hard links: a plain move, which checks the name first.
                Files.move(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(target.getParent());
    }

    /** Whether {@code file} is one of the temporary files this class writes. */
    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * Deletes the temporary files for {@code target} older than {@code minAge}. A younger one may
     * belong to a write in flight in another process, so it is left alone; an older one is the
     * remnant of a killed writer (a write takes milliseconds).
     *
     * @return how many were deleted
     */
    static int removeStaleTemporaries(Path target, Duration minAge) throws IOException {
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(minAge);
        String prefix = "." + target.getFileName() + ".";
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                f -> f.getFileName().toString().startsWith(prefix) && isTemporary(f))) {
            for (Path f : entries) {
                if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static Path writeTemporary(Path target, byte[] content) throws IOException {
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /**
     * Makes the rename itself durable. POSIX systems allow opening a directory to fsync it; others
     * (Windows) refuse, and there the rename is as durable as the platform makes it.
     */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: see above
        }
    }
}
