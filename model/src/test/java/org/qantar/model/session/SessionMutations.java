package org.qantar.model.session;

import org.qantar.model.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of a valid session file, from blind byte damage to well-formed JSON of the wrong
 * shape: what a disk, an editor, a half-finished copy or a hostile hand may leave.
 */
final class SessionMutations {

    private static final String[] SNIPPETS = {"{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "\\ud800", "null",
            "true", "-", "1e99999", "-0", "0.1e-400", "12345678901234567890123456789", "NaN", "\u0000", "\u00ff",
            "\"format\": \"qantar-session\",", "\"schemaVersion\": 2,", "\"x\": ", "//", "/*", "\uFEFF", "\r\n"};

    private SessionMutations() {
    }

    /** One to three mutations of {@code valid}, chosen by {@code random}. */
    static byte[] mutate(byte[] valid, Random random) {
        byte[] content = valid;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            content = switch (random.nextInt(9)) {
                case 0 -> flipBytes(content, random);
                case 1 -> truncate(content, random);
                case 2 -> insert(content, random, SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
                case 3 -> insert(content, random, randomBytes(random));
                case 4 -> deleteRange(content, random);
                case 5 -> duplicateRange(content, random);
                case 6 -> insert(content, random, deepNesting(random));
                default -> swapTypeInTree(content, random);
            };
        }
        return content;
    }

    private static byte[] flipBytes(byte[] content, Random random) {
        if (content.length == 0) {
            return content;
        }
        byte[] copy = content.clone();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            int at = random.nextInt(copy.length);
            copy[at] = random.nextBoolean() ? (byte) (copy[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] truncate(byte[] content, Random random) {
        return Arrays.copyOf(content, content.length == 0 ? 0 : random.nextInt(content.length));
    }

    private static byte[] insert(byte[] content, Random random, byte[] piece) {
        int at = random.nextInt(content.length + 1);
        byte[] result = new byte[content.length + piece.length];
        System.arraycopy(content, 0, result, 0, at);
        System.arraycopy(piece, 0, result, at, piece.length);
        System.arraycopy(content, at, result, at + piece.length, content.length - at);
        return result;
    }

    private static byte[] deleteRange(byte[] content, Random random) {
        if (content.length == 0) {
            return content;
        }
        int from = random.nextInt(content.length);
        int to = Math.min(content.length, from + 1 + random.nextInt(40));
        byte[] result = new byte[content.length - (to - from)];
        System.arraycopy(content, 0, result, 0, from);
        System.arraycopy(content, to, result, from, content.length - to);
        return result;
    }

    private static byte[] duplicateRange(byte[] content, Random random) {
        if (content.length == 0) {
            return content;
        }
        int from = random.nextInt(content.length);
        int to = Math.min(content.length, from + 1 + random.nextInt(80));
        return insert(content, random, Arrays.copyOfRange(content, from, to));
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(8)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] deepNesting(Random random) {
        int depth = random.nextBoolean() ? 400 + random.nextInt(200) : 2000 + random.nextInt(20000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        return open.repeat(depth).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses, replaces one node anywhere in the tree with a node of another type or removes it, writes back. */
    private static byte[] swapTypeInTree(byte[] content, Random random) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(content);
        } catch (JacksonException e) {
            return flipBytes(content, random); // earlier damage: fall back to a blind mutation
        }
        if (!root.isContainer()) {
            return Json.mapper().writeValueAsBytes(otherNode(random));
        }
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        if (parent instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name + (random.nextBoolean() ? "" : "_"), object.remove(name));
                default -> object.set(name, otherNode(random));
            }
        } else if (parent instanceof ArrayNode array && !array.isEmpty()) {
            array.set(random.nextInt(array.size()), otherNode(random));
        } else if (parent instanceof ArrayNode array) {
            array.add(otherNode(random));
        } else if (parent instanceof ObjectNode object) {
            object.set("k", otherNode(random));
        }
        return Json.mapper().writeValueAsBytes(root);
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (node.isContainer()) {
            into.add(node);
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    collectContainers(e.getValue(), into);
                }
            } else {
                node.forEach(child -> collectContainers(child, into));
            }
        }
    }

    private static JsonNode otherNode(Random random) {
        JsonNodeFactory nodes = Json.mapper().getNodeFactory();
        return switch (random.nextInt(11)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.booleanNode(random.nextBoolean());
            case 2 -> nodes.numberNode(random.nextInt(5) - 2);
            case 3 -> nodes.numberNode(new java.math.BigInteger(200, random));
            case 4 -> nodes.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(700) - 350));
            case 5 -> nodes.stringNode(random.nextBoolean() ? "!x" : "2022-13-45T99:00:00Z");
            case 6 -> nodes.stringNode("");
            case 7 -> nodes.arrayNode().add("x").add(1);
            case 8 -> nodes.objectNode().put("p", random.nextDouble() * 3 - 1);
            case 9 -> nodes.objectNode().put("alpha", -1).put("beta", 0);
            default -> RandomSessions.tree(random, 2);
        };
    }
}
