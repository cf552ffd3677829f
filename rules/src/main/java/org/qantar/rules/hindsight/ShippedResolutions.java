package org.qantar.rules.hindsight;

import org.qantar.model.json.Json;
import org.qantar.rules.kb.KbJson;
import org.qantar.rules.workbench.OperationFailed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The resolutions shipped with the knowledge base, {@code seeds/resolutions.json}:
 * {@code {"resolutions":[{"proposition","value","on","evidence","reference","note"}]}}. A knowledge
 * base without the file simply has none.
 */
public final class ShippedResolutions {

    public static final String FILE_NAME = "resolutions.json";
    public static final String PATH = "seeds/" + FILE_NAME;

    /** The file's shape. */
    public record File(List<Resolution> resolutions) {
        public File {
            resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        }
    }

    private ShippedResolutions() {
    }

    /** The shipped resolutions on the classpath of {@code loader}, in file order. */
    public static List<Resolution> load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(PATH)) {
            if (in == null) {
                return List.of();
            }
            return Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), File.class).resolutions();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PATH, e);
        }
    }

    /** Those on Qantar's own classpath. */
    public static List<Resolution> load() {
        return load(ShippedResolutions.class.getClassLoader());
    }

    /**
     * Those a knowledge-base directory keeps beside its registry, {@code DIR/resolutions.json};
     * none when it has no such file.
     *
     * @throws org.qantar.rules.workbench.OperationFailed naming the file when it cannot be read
     */
    public static List<Resolution> load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return KbJson.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), File.class).resolutions();
        } catch (KbJson.FileProblem e) {
            throw new OperationFailed(file + ": not a resolutions file (" + (e.line() > 0 ? "line " + e.line() + ": " : "")
                    + e.problem() + ")");
        } catch (IOException | RuntimeException e) {
            throw new OperationFailed(file + ": not a resolutions file (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse("unreadable");
    }
}
