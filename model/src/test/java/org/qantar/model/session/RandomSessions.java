package org.qantar.model.session;

import org.qantar.model.Prior;
import org.qantar.model.Session;
import org.qantar.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Seeded random sessions that exercise every field: odd text, all prior shapes, unknown extras. */
final class RandomSessions {

    private static final String[] PROPOSITIONS = {"csto_withdraws", "protests_spread", "elite_split",
            "tokayev_consolidates", "nazarbayev_sidelined", "russia_leverage_grows", "china_opposes_foreign_forces",
            "fuel_price_cap", "internet_shutdown", "x", "a1_b2"};
    private static final String[] SOURCES = {"cornell-ni", "carnegie", "eurasianet", "diplomat", "reprint-1"};
    private static final String[] LABELS = {"ASSUMED true", "ASSUMED false", "SUPPORTED true", "SUPPORTED false",
            "PLAUSIBLE true", "PLAUSIBLE false", "CONTESTED", "OPEN"};
    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.";
    private static final String[] TEXT_PIECES = {"CSTO stays", " ", "\n", "\"quoted\"", "back\\slash", "Қаңтар",
            "январь", "\u0000", "\t", "\u2028", "😀", "é", "}", "{", "[", "null", "<b>", "/", "'"};

    private RandomSessions() {
    }

    static Session session(long seed) {
        return session(new Random(seed), name(new Random(seed ^ 0x5DEECE66DL)));
    }

    static Session session(Random random, String name) {
        Instant created = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000));
        Instant saved = created.plusSeconds(random.nextInt(10_000_000)).plusNanos(random.nextInt(1000));
        List<String> propositions = shuffled(random, PROPOSITIONS);
        List<String> assumptions = new ArrayList<>();
        for (String p : propositions.subList(0, random.nextInt(propositions.size() + 1))) {
            assumptions.add(random.nextBoolean() ? p : "!" + p);
        }
        List<String> lens = shuffled(random, SOURCES).subList(0, random.nextInt(3) == 0 ? random.nextInt(4) : 0);
        Map<String, Prior> priors = new LinkedHashMap<>();
        for (String p : shuffled(random, PROPOSITIONS).subList(0, random.nextInt(4))) {
            priors.put(p, random.nextBoolean() ? Prior.probability(random.nextDouble())
                    : Prior.beta(0.1 + random.nextInt(20) * random.nextDouble(), 0.5 + random.nextInt(7)));
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String p : shuffled(random, PROPOSITIONS).subList(0, random.nextInt(PROPOSITIONS.length + 1))) {
            statuses.put(p, LABELS[random.nextInt(LABELS.length)]);
        }
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        for (int i = random.nextInt(4) == 0 ? random.nextInt(3) : 0; i > 0; i--) {
            extras.put("future" + random.nextInt(100), tree(random, 3));
        }
        String fingerprint = random.nextInt(5) == 0 ? "" : Long.toHexString(random.nextLong());
        return new Session(name, text(random), created, saved, assumptions, lens, priors, fingerprint, statuses,
                extras, random.nextBoolean(), org.qantar.model.Confidence.values()[random.nextInt(3)]);
    }

    static String name(Random random) {
        StringBuilder b = new StringBuilder();
        int length = 1 + random.nextInt(random.nextInt(8) == 0 ? 64 : 12);
        // a name starts with neither '-' nor '.', the last two characters
        b.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length() - 2)));
        while (b.length() < length) {
            b.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
        }
        return b.toString();
    }

    static String text(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            b.append(TEXT_PIECES[random.nextInt(TEXT_PIECES.length)]);
        }
        return b.toString();
    }

    static JsonNode tree(Random random, int depth) {
        JsonNodeFactory nodes = Json.mapper().getNodeFactory();
        int kind = random.nextInt(depth > 0 ? 7 : 5);
        switch (kind) {
            case 0:
                return nodes.nullNode();
            case 1:
                return nodes.booleanNode(random.nextBoolean());
            case 2:
                return nodes.numberNode(random.nextInt());
            case 3:
                return nodes.numberNode(random.nextDouble() * 1000);
            case 4:
                return nodes.stringNode(text(random));
            case 5: {
                ArrayNode array = nodes.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(tree(random, depth - 1));
                }
                return array;
            }
            default: {
                ObjectNode object = nodes.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set("k" + random.nextInt(10), tree(random, depth - 1));
                }
                return object;
            }
        }
    }

    private static List<String> shuffled(Random random, String[] values) {
        List<String> list = new ArrayList<>(List.of(values));
        Collections.shuffle(list, random);
        return list;
    }

    /** Names distinct from each other, for tests that need several sessions at once. */
    static Set<String> distinctNames(Random random, int count) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(name(random));
        }
        return names;
    }
}
