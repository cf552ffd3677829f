package org.qantar.rules.hindsight;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The resolutions in force: the shipped ones ({@code seeds/resolutions.json}) with the user's own
 * laid over them, one per proposition; a user's resolution always wins over the shipped one on the
 * same proposition. Resolutions of propositions the knowledge base does not have are kept aside
 * ({@link #unknown()}), never applied. Immutable.
 */
public final class Resolutions {

    /** Where a resolution in force comes from. */
    public enum Origin {
        SHIPPED, YOURS;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One resolution in force.
     *
     * @param overrides the shipped resolution a user's own replaces; null if none
     */
    public record Entry(Resolution resolution, Origin origin, Resolution overrides) {
        public Entry {
            Objects.requireNonNull(resolution, "resolution");
            Objects.requireNonNull(origin, "origin");
        }

        @JsonIgnore
        public String proposition() {
            return resolution.proposition();
        }
    }

    private final Map<String, Entry> byProposition;
    private final List<Resolution> unknown;

    private Resolutions(Map<String, Entry> byProposition, List<Resolution> unknown) {
        this.byProposition = byProposition;
        this.unknown = List.copyOf(unknown);
    }

    /** The shipped resolutions overridden by the user's, in knowledge-base order. */
    public static Resolutions of(KnowledgeBase kb, List<Resolution> shipped, List<Resolution> yours) {
        Map<String, Resolution> s = index(shipped);
        Map<String, Resolution> y = index(yours);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Proposition p : kb.propositions()) {
            Resolution mine = y.get(p.id());
            Resolution theirs = s.get(p.id());
            if (mine != null) {
                entries.put(p.id(), new Entry(mine, Origin.YOURS, theirs));
            } else if (theirs != null) {
                entries.put(p.id(), new Entry(theirs, Origin.SHIPPED, null));
            }
        }
        List<Resolution> unknown = new ArrayList<>();
        for (Resolution r : shipped) {
            if (kb.proposition(r.proposition()).isEmpty()) {
                unknown.add(r);
            }
        }
        for (Resolution r : yours) {
            if (kb.proposition(r.proposition()).isEmpty()) {
                unknown.add(r);
            }
        }
        return new Resolutions(entries, unknown);
    }

    /** Every resolution in force, in knowledge-base order. */
    public List<Entry> entries() {
        return List.copyOf(byProposition.values());
    }

    public Optional<Entry> get(String proposition) {
        return Optional.ofNullable(byProposition.get(proposition));
    }

    /** Whether the proposition held, as resolved; empty when unresolved or resolved {@code partly}. */
    public Optional<Boolean> truth(String proposition) {
        return get(proposition).flatMap(e -> e.resolution().value().asBoolean());
    }

    /** What happened as literals (true and false resolutions; {@code partly} ones cannot be assumed), sorted. */
    public List<Literal> literals() {
        return byProposition.values().stream()
                .flatMap(e -> e.resolution().value().asBoolean().map(v -> new Literal(e.proposition(), v)).stream())
                .sorted().toList();
    }

    /** Resolutions, shipped or the user's, of propositions this knowledge base does not have. */
    public List<Resolution> unknown() {
        return unknown;
    }

    public int size() {
        return byProposition.size();
    }

    /** Later entries for the same proposition win (a file edited by hand may repeat one). */
    private static Map<String, Resolution> index(List<Resolution> list) {
        Map<String, Resolution> m = new LinkedHashMap<>();
        list.forEach(r -> m.put(r.proposition(), r));
        return m;
    }
}
