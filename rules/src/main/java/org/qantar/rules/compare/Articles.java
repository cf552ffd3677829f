package org.qantar.rules.compare;

import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.Source;
import org.qantar.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge base's positions grouped by voice. A reprint's positions join its original's; where
 * both take a position on the same proposition the original's wins (same voice, one position).
 * Positions on propositions the knowledge base does not define are left out ({@code kb validate}
 * reports them), and so are positions on facts: what the record establishes is no article's
 * reading, so it never counts in a comparison, a replay or an adoption. Immutable.
 */
public final class Articles {

    private final KnowledgeBase kb;
    private final Map<String, Article> byVoice;

    public Articles(KnowledgeBase kb) {
        this.kb = kb;
        this.byVoice = group(kb);
    }

    /** One article per voice, in registry order of the voices' first source. */
    public List<Article> all() {
        return List.copyOf(byVoice.values());
    }

    /** The article speaking as {@code sourceId}: its own, or its original's for a reprint. */
    public Optional<Article> find(String sourceId) {
        return kb.source(sourceId).map(s -> byVoice.get(s.voice()));
    }

    /**
     * Like {@link #find} but for a user's input.
     *
     * @throws IllegalArgumentException naming the unknown id and the nearest known ones
     */
    public Article require(String sourceId) {
        return find(sourceId).orElseThrow(() -> new IllegalArgumentException(kb.sources().isEmpty()
                ? "unknown source '" + sourceId + "': the knowledge base has no sources"
                : "unknown source '" + sourceId + "' (did you mean "
                        + String.join(", ", KnowledgeBase.nearest(sourceId, kb.sourceIds(), 3))
                        + "? 'sources' lists them all)"));
    }

    private static Map<String, Article> group(KnowledgeBase kb) {
        Map<String, List<Source>> voices = new LinkedHashMap<>();
        for (Source s : kb.sources()) {
            voices.computeIfAbsent(s.voice(), v -> new ArrayList<>());
        }
        // The original first, so that its position wins over a reprint's on the same proposition.
        for (Source s : kb.sources()) {
            List<Source> members = voices.get(s.voice());
            if (s.isReprint()) {
                members.add(s);
            } else {
                members.add(0, s);
            }
        }
        Map<String, Article> articles = new LinkedHashMap<>();
        voices.forEach((voice, members) -> articles.put(voice, article(kb, voice, members)));
        return articles;
    }

    /** Whether the proposition is a fact of the record (kind {@code fact}), which no comparison counts. */
    static boolean isFact(Proposition p) {
        return p.isFact();
    }

    private static Article article(KnowledgeBase kb, String voice, List<Source> members) {
        Map<String, Position> byProposition = new LinkedHashMap<>();
        for (Source s : members) {
            for (Position p : kb.positionsOf(s.id())) {
                byProposition.putIfAbsent(p.proposition(), p);
            }
        }
        List<Position> drivers = new ArrayList<>();
        List<Position> outcomes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Proposition prop : kb.propositions()) {
            Position p = byProposition.get(prop.id());
            if (p != null && !isFact(prop) && seen.add(prop.id())) {
                (prop.isDriver() ? drivers : outcomes).add(p);
            }
        }
        return new Article(voice, drivers, outcomes);
    }
}
