package org.qantar.rules.workbench;

import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads ids and literals the user typed against a knowledge base. An unknown id is an
 * {@link UnknownId} whose one line names the nearest known ids, e.g.
 * {@code unknown proposition 'csto_withdraw' (did you mean csto_withdraws?)}.
 */
public final class Ids {

    private final KnowledgeBase kb;

    public Ids(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** A literal {@code id} or {@code !id} about a known proposition. */
    public Literal literal(String text) {
        String t = text == null ? "" : text.strip();
        String id = t.startsWith("!") ? t.substring(1).strip() : t;
        if (!Proposition.isValidId(id)) {
            // The example is a real id, the nearest to what was typed (newcomer #24: a ligature
            // stripped from "ﬁuel_price_shock" suggested "!uel_price_shock", which does not exist).
            String nearest = Suggestions.nearest(example(id), kb.propositionIds()).stream().findFirst()
                    .orElse(kb.propositionIds().isEmpty() ? "some_id" : kb.propositionIds().get(0));
            throw new InvalidInput("not a literal: '" + t
                    + "' (write a proposition id, or !id for its negation, e.g. " + nearest + " or !" + nearest + ")");
        }
        Literal l = Literal.parse(t);
        proposition(l.proposition());
        return l;
    }

    /** Literals from several words, each of which may hold a comma-separated list. */
    public List<Literal> literals(List<String> words) {
        List<Literal> out = new ArrayList<>();
        for (String t : split(words)) {
            out.add(literal(t));
        }
        return out;
    }

    /** The syntax of a literal only (the proposition may be unknown to this knowledge base). */
    public static Literal parseLiteral(String text) {
        String t = text == null ? "" : text.strip();
        String id = t.startsWith("!") ? t.substring(1).strip() : t;
        if (!Proposition.isValidId(id)) {
            throw new InvalidInput("not a literal: '" + t
                    + "' (write a proposition id, or !id for its negation, e.g. !" + example(id) + ")");
        }
        return Literal.parse(t);
    }

    public String proposition(String id) {
        if (kb.proposition(id).isEmpty()) {
            throw unknown("proposition", id, kb.propositionIds());
        }
        return id;
    }

    public String source(String id) {
        if (kb.source(id).isEmpty()) {
            throw unknown("source", id, kb.sourceIds());
        }
        return id;
    }

    public String claim(String id) {
        if (kb.claim(id).isEmpty()) {
            throw unknown("claim", id, kb.claimIds());
        }
        return id;
    }

    /** Known source ids from words that may hold comma-separated lists, duplicates removed. */
    public List<String> sources(List<String> words) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : split(words)) {
            out.add(source(t));
        }
        return List.copyOf(out);
    }

    /** Words, each possibly a comma-separated list, as single trimmed items. */
    public static List<String> split(List<String> words) {
        List<String> out = new ArrayList<>();
        if (words == null) {
            return out;
        }
        for (String w : words) {
            if (w == null) {
                continue;
            }
            for (String part : w.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** The error for an id nobody knows, with the nearest known ones. */
    public static UnknownId unknown(String what, String id, List<String> known) {
        List<String> near = Suggestions.nearest(id, known);
        String hint = near.isEmpty() ? " (" + LISTING.getOrDefault(what, "help") + " lists them)"
                : Suggestions.hint(near);
        return new UnknownId(what, id, near, "unknown " + what + " '" + id + "'" + hint);
    }

    private static final java.util.Map<String, String> LISTING = java.util.Map.of(
            "proposition", "propositions", "source", "sources", "claim", "claims");

    private static String example(String typed) {
        String cleaned = typed.toLowerCase().replaceAll("[^a-z0-9_]", "_").replaceAll("^[^a-z]+", "");
        return cleaned.isEmpty() ? "some_id" : cleaned;
    }
}
