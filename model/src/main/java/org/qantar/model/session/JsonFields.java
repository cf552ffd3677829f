package org.qantar.model.session;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of the fields of one JSON object from an untrusted file. Every mismatch becomes a
 * {@link NotASession} that names the field and what was expected, never a Jackson or JDK exception.
 */
final class JsonFields {

    private final ObjectNode object;
    private final String context;

    /** @param context how the object is named in messages, e.g. {@code "prior on 'x'"}; empty for the top level */
    JsonFields(ObjectNode object, String context) {
        this.object = object;
        this.context = context;
    }

    static ObjectNode object(JsonNode node, String what) {
        if (node instanceof ObjectNode o) {
            return o;
        }
        throw new NotASession(what + " must be a JSON object, found " + describe(node));
    }

    boolean has(String field) {
        return object.has(field);
    }

    String string(String field) {
        JsonNode node = required(field);
        if (!node.isString()) {
            throw wrongType(field, "a string", node);
        }
        return node.stringValue();
    }

    String string(String field, String absent) {
        return object.has(field) ? string(field) : absent;
    }

    boolean bool(String field) {
        JsonNode node = required(field);
        if (!node.isBoolean()) {
            throw wrongType(field, "true or false", node);
        }
        return node.booleanValue();
    }

    int integer(String field) {
        JsonNode node = required(field);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrongType(field, "a whole number", node);
        }
        return node.intValue();
    }

    Instant instant(String field) {
        String text = string(field);
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new NotASession(name(field) + " must be a UTC time like 2022-01-05T10:00:00Z, found '"
                    + text + "'");
        }
    }

    List<String> strings(String field, List<String> absent) {
        return object.has(field) ? strings(field) : absent;
    }

    List<String> strings(String field) {
        JsonNode node = required(field);
        if (!node.isArray()) {
            throw wrongType(field, "a list of strings", node);
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!element.isString()) {
                throw wrongType(field, "a list of strings", element);
            }
            values.add(element.stringValue());
        }
        return values;
    }

    /** A JSON object whose values are all strings, in file order. */
    Map<String, String> stringMap(String field, Map<String, String> absent) {
        if (!object.has(field)) {
            return absent;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object(field).properties()) {
            if (!e.getValue().isString()) {
                throw new NotASession(name(field) + " must map each key to a string, found "
                        + describe(e.getValue()) + " for '" + e.getKey() + "'");
            }
            values.put(e.getKey(), e.getValue().stringValue());
        }
        return values;
    }

    ObjectNode object(String field) {
        JsonNode node = required(field);
        if (!(node instanceof ObjectNode o)) {
            throw wrongType(field, "a JSON object", node);
        }
        return o;
    }

    /** A number, or null if the field is absent. */
    Double number(String field) {
        if (!object.has(field)) {
            return null;
        }
        JsonNode node = object.get(field);
        if (!node.isNumber()) {
            throw wrongType(field, "a number", node);
        }
        return node.doubleValue();
    }

    private JsonNode required(String field) {
        JsonNode node = object.get(field);
        if (node == null) {
            throw new NotASession("missing field " + name(field));
        }
        return node;
    }

    private NotASession wrongType(String field, String expected, JsonNode found) {
        return new NotASession(name(field) + " must be " + expected + ", found " + describe(found));
    }

    private String name(String field) {
        return context.isEmpty() ? "'" + field + "'" : "'" + field + "' of the " + context;
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
