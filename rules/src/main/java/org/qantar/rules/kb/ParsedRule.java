package org.qantar.rules.kb;

import org.qantar.model.Literal;

import java.util.List;
import java.util.Map;

/**
 * A claim rule as it stands in a DRL file, before any check: its name, its metadata as written,
 * the literals of its {@code Holds} patterns (premises), of its {@code not Defeater} patterns
 * (unless) and of its {@code conclude} call. {@code conclusion} is null when the rule has none.
 */
public record ParsedRule(String file, int line, String name, Map<String, String> metadata,
                         List<Literal> premises, List<Literal> unless, Literal conclusion) {

    public ParsedRule {
        metadata = Map.copyOf(metadata);
        premises = List.copyOf(premises);
        unless = List.copyOf(unless);
    }

    public String meta(String key) {
        return metadata.get(key);
    }

    /** Where the rule starts, for messages: {@code cornell-ni.drl:42}. */
    public String location() {
        return file + ":" + line;
    }
}
