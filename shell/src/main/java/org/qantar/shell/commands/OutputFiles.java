package org.qantar.shell.commands;

import org.qantar.shell.errors.CommandFailure;
import org.qantar.shell.errors.UsageException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writing what a command produced (a map, a report) to a file the user named. Without
 * {@code replace} the file is created exclusively, so an existing file is never touched, even one
 * that appears meanwhile; with it, the text goes to a temporary file beside the target and is moved
 * into place, so an interrupted write never leaves half a file where a whole one was.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /** The path the user typed, relative to the current directory. */
    static Path path(String typed, String option) {
        if (typed == null || typed.isBlank()) {
            throw new UsageException(option + " needs a file name");
        }
        try {
            return Path.of(typed.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("not a file name: '" + typed + "'");
        }
    }

    /** A temporary file is private (rw-------); the file it becomes is read by others like any new file. */
    private static void readableLikeANewFile(Path temp) {
        try {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: it keeps what the system gave it.
        }
    }

    /** Fails as {@link #write} would if {@code target} exists and may not be replaced. */
    static void refuseToReplace(Path target, boolean replace) {
        if (!replace && Files.exists(target)) {
            throw new CommandFailure(target + " already exists: choose another name, or add --force to replace it");
        }
    }

    /**
     * Writes {@code text} to {@code target}.
     *
     * @param replace whether an existing file may be replaced
     * @throws CommandFailure when the file exists and may not be replaced, or cannot be written
     */
    static void write(Path target, String text, boolean replace) {
        if (Files.isDirectory(target)) {
            throw new CommandFailure(target + " is a directory: name a file");
        }
        try {
            if (!replace) {
                Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return;
            }
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                readableLikeANewFile(temp);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new CommandFailure(target + " already exists: choose another name, or add --force to replace it");
        } catch (NoSuchFileException e) {
            throw new CommandFailure("cannot write " + target + ": the folder " + target.getParent() + " does not exist");
        } catch (AccessDeniedException e) {
            throw new CommandFailure("cannot write " + target + ": permission denied");
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + target + ": " + e.getMessage());
        }
    }
}
