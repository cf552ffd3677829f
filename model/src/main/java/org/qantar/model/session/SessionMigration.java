package org.qantar.model.session;

import org.qantar.model.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Brings the JSON of a session file written by any earlier schema to the current one, so that the
 * decoder knows one shape only. Each step is a pure function of the JSON tree; unknown fields pass
 * through untouched.
 *
 * <p>The schemas so far (a fixture of each is under {@code src/test/resources/sessions/}):
 * <ul>
 *   <li><b>0</b>: {@code "version": 0}, no {@code format}; {@code savedAt} (no creation time);
 *       {@code kb} for the fingerprint; assumptions as an object proposition → boolean; no priors.</li>
 *   <li><b>1</b>: {@code "format": "qantar-session", "schemaVersion": 1}; {@code created} and
 *       {@code saved}; {@code kbFingerprint}; assumptions as a list of literal texts
 *       ({@code x}, {@code !x}); {@code priors}.</li>
 *   <li><b>2</b>: adds {@code record} (true: reason with the record of facts) and
 *       {@code minConfidence} ({@code stated}, {@code likely} or {@code possible}, the confidence
 *       floor). A session of schema 0 or 1 reasoned with every claim and knew no record: it loads
 *       with the record on and the floor at {@code possible}.</li>
 * </ul>
 */
final class SessionMigration {

    /** The value of {@code format} that marks a file as a Qantar session. */
    static final String FORMAT = "qantar-session";

    private SessionMigration() {
    }

    /**
     * The same session in the current schema, as a new tree.
     *
     * @throws NotASession if the object is not a session of a schema this version knows
     */
    static ObjectNode toCurrent(ObjectNode file) {
        int version = schemaVersionOf(file);
        ObjectNode node = file.deepCopy();
        if (version == 0) {
            node = fromVersion0(node);
        }
        if (version <= 1) {
            node = fromVersion1(node);
        }
        return node;
    }

    static int schemaVersionOf(ObjectNode file) {
        JsonFields fields = new JsonFields(file, "");
        if (!fields.has("format")) {
            if (fields.has("version") && file.get("version").isIntegralNumber()
                    && file.get("version").canConvertToInt() && file.get("version").intValue() == 0) {
                return 0;
            }
            throw new NotASession("not a Qantar session (no \"format\": \"" + FORMAT + "\" field)");
        }
        String format = fields.string("format");
        if (!FORMAT.equals(format)) {
            throw new NotASession("not a Qantar session (its format is '" + format + "', not '" + FORMAT + "')");
        }
        int version = fields.integer("schemaVersion");
        if (version > Session.SCHEMA_VERSION) {
            throw new NotASession("written by a newer Qantar (session schema " + version
                    + "; this version reads schemas up to " + Session.SCHEMA_VERSION + "): upgrade Qantar to open it");
        }
        if (version < 1) {
            throw new NotASession("unknown session schema " + version + " (known: 0 to " + Session.SCHEMA_VERSION + ")");
        }
        return version;
    }

    private static ObjectNode fromVersion1(ObjectNode v1) {
        v1.put("schemaVersion", 2);
        v1.put("record", true);
        v1.put("minConfidence", "possible");
        return v1;
    }

    private static ObjectNode fromVersion0(ObjectNode v0) {
        JsonFields fields = new JsonFields(v0, "");
        String savedAt = fields.string("savedAt");
        ArrayNode assumptions = v0.arrayNode();
        if (fields.has("assumptions")) {
            for (Map.Entry<String, JsonNode> e : fields.object("assumptions").properties()) {
                if (!e.getValue().isBoolean()) {
                    throw new NotASession("'assumptions' must map each proposition to true or false (schema 0), found "
                            + JsonFields.describe(e.getValue()) + " for '" + e.getKey() + "'");
                }
                assumptions.add(e.getValue().booleanValue() ? e.getKey() : "!" + e.getKey());
            }
        }
        String kb = fields.string("kb", "");

        v0.remove("version");
        v0.remove("savedAt");
        v0.remove("kb");
        v0.put("format", FORMAT);
        v0.put("schemaVersion", 1);
        v0.put("created", savedAt);
        v0.put("saved", savedAt);
        v0.put("kbFingerprint", kb);
        v0.set("assumptions", assumptions);
        v0.set("priors", v0.objectNode());
        return v0;
    }
}
