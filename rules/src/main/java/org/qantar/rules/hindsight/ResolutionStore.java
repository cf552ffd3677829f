package org.qantar.rules.hindsight;

import org.qantar.model.json.Json;
import org.qantar.model.session.AtomicFiles;
import org.qantar.rules.workbench.InvalidInput;
import org.qantar.rules.workbench.OperationFailed;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The user's own resolutions, one JSON file ({@code QANTAR_HOME/resolutions.json}):
 * {@code {"schema":1,"resolutions":[{"proposition","value","on","evidence","reference","note"}]}},
 * pretty-printed so that it diffs well. Written atomically, like sessions: a crash leaves the old
 * file or the new one, never a torn one. A missing file means no resolutions of one's own.
 */
public final class ResolutionStore {

    public static final int SCHEMA = 1;
    private static final long MAX_BYTES = 1 << 20;

    /** The file's shape. */
    public record File(int schema, List<Resolution> resolutions) {
        public File {
            resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        }
    }

    private final Path file;

    public ResolutionStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /**
     * The user's resolutions, in file order.
     *
     * @throws OperationFailed naming the file and what is wrong with it; the file is left as it is
     */
    public List<Resolution> load() {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new OperationFailed(file + ": over 1 MiB, not a resolutions file (move it aside)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new OperationFailed("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            File f = Json.read(new String(bytes, StandardCharsets.UTF_8), File.class);
            if (f == null) {
                throw new OperationFailed(file + ": empty, not a resolutions file (move it aside)");
            }
            return f.resolutions();
        } catch (JacksonException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidInput invalid) {
                    throw new OperationFailed(file + ": " + invalid.getMessage() + "; fix or move it aside");
                }
            }
            throw new OperationFailed(file + ": not a resolutions file (" + oneLine(e.getOriginalMessage())
                    + "); fix or move it aside");
        } catch (InvalidInput e) {
            throw new OperationFailed(file + ": " + e.getMessage() + "; fix or move it aside");
        }
    }

    /** Replaces the file with {@code resolutions}, atomically. */
    public void save(List<Resolution> resolutions) {
        try {
            Files.createDirectories(file.getParent());
            String json = Json.writePretty(new File(SCHEMA, resolutions)) + "\n";
            AtomicFiles.write(file, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OperationFailed("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "malformed JSON" : s.lines().findFirst().orElse("malformed JSON");
    }
}
