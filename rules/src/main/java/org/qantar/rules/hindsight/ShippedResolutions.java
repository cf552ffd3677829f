package org.qantar.rules.hindsight;

import org.qantar.model.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The resolutions shipped with the knowledge base, {@code seeds/resolutions.json}:
 * {@code {"resolutions":[{"proposition","value","on","evidence","reference","note"}]}}. A knowledge
 * base without the file simply has none.
 */
public final class ShippedResolutions {

    public static final String PATH = "seeds/resolutions.json";

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
}
