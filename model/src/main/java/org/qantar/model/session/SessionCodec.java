package org.qantar.model.session;

import org.qantar.model.Confidence;
import org.qantar.model.Prior;
import org.qantar.model.Session;
import org.qantar.model.json.Json;
import org.qantar.model.json.JsonProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The on-disk form of a {@link Session}: pretty-printed JSON (two spaces, one list element per
 * line, fields in a fixed order, map keys sorted), so that session files diff well in git.
 *
 * <p>Reading treats every file as untrusted. Whatever the bytes, {@link #decode} and {@link #read}
 * either return a valid session or throw a {@link SessionFileException} with a one-line message;
 * they never throw anything else and never write.
 */
public final class SessionCodec {

    /** Files larger than this are refused unread: no session comes near it. */
    public static final int MAX_BYTES = 1 << 20;

    private static final ObjectWriter WRITER = Json.mapper().writer().with(prettyPrinter());

    // Duplicate keys are refused: which of two "assumptions" would the user have meant?
    private static final ObjectReader READER = Json.mapper().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private SessionCodec() {
    }

    /**
     * The file content for {@code session}, UTF-8, ending with a line break.
     *
     * @throws IllegalArgumentException if it would be over {@link #MAX_BYTES}, which no reader
     *                                  accepts: writing it would lose the session at the next read
     */
    public static byte[] encode(Session session) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", SessionMigration.FORMAT);
        root.put("schemaVersion", Session.SCHEMA_VERSION);
        root.put("name", session.name());
        root.put("note", session.note());
        root.put("created", session.created().toString());
        root.put("saved", session.saved().toString());
        root.put("kbFingerprint", session.kbFingerprint());
        ArrayNode assumptions = root.putArray("assumptions");
        session.assumptions().forEach(assumptions::add);
        ArrayNode lens = root.putArray("lens");
        session.lens().forEach(lens::add);
        root.put("record", session.record());
        root.put("minConfidence", session.minConfidence().label());
        ObjectNode priors = root.putObject("priors");
        session.priors().forEach((id, prior) -> priors.set(id, encode(prior, priors.objectNode())));
        ObjectNode statuses = root.putObject("statuses");
        session.statuses().forEach(statuses::put);
        session.extras().forEach(root::set);
        byte[] json = WRITER.writeValueAsBytes(root);
        if (json.length + 1 > MAX_BYTES) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "it would be %,d bytes, over the %,d a session file may hold (a shorter note or fewer"
                            + " assumptions make it fit)", json.length + 1, MAX_BYTES));
        }
        byte[] withNewline = new byte[json.length + 1];
        System.arraycopy(json, 0, withNewline, 0, json.length);
        withNewline[json.length] = '\n';
        return withNewline;
    }

    /**
     * Reads the session in {@code file}, migrating an older schema.
     *
     * @throws SessionFileException if the file is missing, not a regular file, over {@link #MAX_BYTES},
     *                              or its content is not a session (see {@link #decode})
     */
    public static Session read(Path file) {
        try {
            if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new SessionFileException(file, "no such file");
            }
            // A FIFO or device would block or stream forever; a directory is no session either.
            if (!Files.isRegularFile(file)) {
                throw new SessionFileException(file, "not a regular file");
            }
            return decode(readAtMost(file), file);
        } catch (NoSuchFileException e) {
            throw new SessionFileException(file, "no such file", e);
        } catch (IOException e) {
            throw new SessionFileException(file, "cannot read it (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        } catch (SecurityException e) {
            throw new SessionFileException(file, "not allowed to read it", e);
        }
    }

    /**
     * The session in {@code content}, the bytes of a file named {@code origin} (for messages only).
     *
     * @throws SessionFileException if the bytes are over {@link #MAX_BYTES}, not JSON (truncated,
     *                              malformed, duplicate keys), not a session (missing or ill-typed
     *                              fields, another format), of a newer schema, or break a rule of {@link Session}
     */
    public static Session decode(byte[] content, Path origin) {
        if (content.length > MAX_BYTES) {
            throw tooLarge(origin, content.length);
        }
        String invalid = invalidUtf8(content);
        if (invalid != null) {
            throw new SessionFileException(origin, invalid);
        }
        JsonNode tree;
        try {
            tree = READER.readTree(content);
        } catch (JacksonException e) {
            throw new SessionFileException(origin, notJson(e), e);
        }
        try {
            if (tree == null || tree.isMissingNode()) {
                throw new NotASession("empty file, not a session");
            }
            ObjectNode current = SessionMigration.toCurrent(JsonFields.object(tree, "a session file"));
            return fromTree(current);
        } catch (NotASession e) {
            throw new SessionFileException(origin, e.getMessage());
        } catch (IllegalArgumentException | DateTimeException e) {
            // A rule of Session or Prior (IllegalArgumentException covers NumberFormatException).
            throw new SessionFileException(origin, "not a valid session: " + e.getMessage(), e);
        } catch (JacksonException e) {
            // Conversions on the tree (a number that does not fit) end up here.
            throw new SessionFileException(origin, "not a valid session: " + JsonProblem.plain(e), e);
        }
    }

    /**
     * Why {@code content} is not well-formed UTF-8, or null if it is. Jackson's decoder takes an
     * overlong form ({@code C0 AF}) as the character it spells ({@code /}); the JDK's strict decoder
     * refuses it, as it refuses surrogates and truncated sequences, so a session file means one text.
     */
    static String invalidUtf8(byte[] content) {
        java.nio.charset.CharsetDecoder strict = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(content);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = strict.decode(in, out, true);
            if (r.isError()) {
                return "not UTF-8 text: invalid bytes at offset " + in.position();
            }
            if (r.isUnderflow()) {
                return null; // all read (a sequence cut short at the end is malformed, above)
            }
            out.clear(); // overflow: only validity matters, not the text
        }
    }

    private static Session fromTree(ObjectNode node) {
        JsonFields fields = new JsonFields(node, "");
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!Session.FIELDS.contains(e.getKey())) {
                requireFinite(e.getValue(), e.getKey());
                extras.put(e.getKey(), e.getValue());
            }
        }
        return new Session(
                fields.string("name"),
                fields.string("note", ""),
                fields.instant("created"),
                fields.instant("saved"),
                fields.strings("assumptions"),
                fields.strings("lens", List.of()),
                priors(fields),
                fields.string("kbFingerprint", ""),
                fields.stringMap("statuses", Map.of()),
                extras,
                fields.bool("record"),
                Confidence.fromLabel(fields.string("minConfidence")));
    }

    /**
     * A number too large for a double (1e999) reads as infinity and would be written back as the
     * string "Infinity": refuse it rather than change a field kept for a newer Qantar.
     */
    private static void requireFinite(JsonNode node, String field) {
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            throw new NotASession("field '" + field + "' holds a number out of range (" + node + ")");
        }
        for (JsonNode child : node) {
            requireFinite(child, field);
        }
    }

    private static Map<String, Prior> priors(JsonFields fields) {
        if (!fields.has("priors")) {
            return Map.of();
        }
        Map<String, Prior> priors = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields.object("priors").properties()) {
            String context = "prior on '" + e.getKey() + "'";
            JsonFields prior = new JsonFields(JsonFields.object(e.getValue(), "the " + context), context);
            priors.put(e.getKey(), new Prior(prior.number("p"), prior.number("alpha"), prior.number("beta")));
        }
        return priors;
    }

    private static ObjectNode encode(Prior prior, ObjectNode node) {
        if (prior.isBeta()) {
            node.put("alpha", prior.alpha());
            node.put("beta", prior.beta());
        } else {
            node.put("p", prior.p());
        }
        return node;
    }

    private static byte[] readAtMost(Path file) throws IOException {
        // The size is checked while reading, not only before: the file may grow in between.
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw tooLarge(file, Files.size(file));
            }
            return content;
        }
    }

    private static SessionFileException tooLarge(Path file, long size) {
        return new SessionFileException(file, "over the 1 MiB limit for a session file (" + size + " bytes)");
    }

    private static String notJson(JacksonException e) {
        String what = e.getOriginalMessage();
        boolean truncated = what != null && what.contains("end-of-input");
        return (truncated ? "truncated or not valid JSON" : "not valid JSON") + " (" + JsonProblem.plain(e) + ")";
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(twoSpaces)
                .withArrayIndenter(twoSpaces);
    }
}
