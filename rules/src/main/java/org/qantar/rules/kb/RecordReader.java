package org.qantar.rules.kb;

import org.qantar.model.RecordedFact;
import org.qantar.model.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code seeds/record.json}, a JSON array of {@code {"proposition","value","sources":[ids],"quote"}}.
 * An entry that is not one is left out and reported (as {@code kb validate} reports a rule with
 * incomplete metadata), so one bad entry does not stop the knowledge base from loading.
 */
final class RecordReader {

    private RecordReader() {
    }

    static List<RecordedFact> read(String file, String json, List<String> problems) {
        JsonNode root;
        try {
            root = Json.tree(json);
        } catch (JacksonException e) {
            problems.add(KbJson.problem(file, e).getMessage() + " (fix the JSON)");
            return List.of();
        }
        if (!root.isArray()) {
            problems.add(file + ": must be a JSON array of {\"proposition\",\"value\",\"sources\",\"quote\"}");
            return List.of();
        }
        List<RecordedFact> record = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode e = root.get(i);
            String where = file + " entry " + (i + 1);
            if (!e.path("proposition").isString()) {
                problems.add(where + " has no \"proposition\"");
            } else if (!e.path("value").isBoolean()) {
                problems.add(where + " (" + e.path("proposition").asString() + ") has no boolean \"value\"");
            } else if (!e.path("sources").isArray() || e.path("sources").isEmpty()) {
                problems.add(where + " (" + e.path("proposition").asString() + ") names no \"sources\"");
            } else {
                List<String> sources = new ArrayList<>();
                e.path("sources").forEach(s -> sources.add(s.asString()));
                JsonNode quote = e.path("quote");
                try {
                    record.add(new RecordedFact(e.path("proposition").asString(), e.path("value").asBoolean(),
                            sources, quote.isString() ? quote.asString() : null));
                } catch (IllegalArgumentException ex) {
                    problems.add(where + ": " + ex.getMessage());
                }
            }
        }
        return record;
    }
}
