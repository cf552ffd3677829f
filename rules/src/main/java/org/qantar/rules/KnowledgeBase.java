package org.qantar.rules;

import org.qantar.model.Claim;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.Source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalogue: sources, propositions, claims (read from the DRL) and positions, in registry
 * order, with look-ups by id. Immutable.
 *
 * @param fingerprint hash of the rule files and the registry; a session saved under another
 *                    fingerprint was evaluated by another knowledge base
 */
public final class KnowledgeBase {

    private final List<Source> sources;
    private final List<Proposition> propositions;
    private final List<Claim> claims;
    private final List<Position> positions;
    private final String fingerprint;
    private final Map<String, Source> sourceById;
    private final Map<String, Proposition> propositionById;
    private final Map<String, Claim> claimById;

    public KnowledgeBase(List<Source> sources, List<Proposition> propositions, List<Claim> claims,
                         List<Position> positions, String fingerprint) {
        this.sources = List.copyOf(sources);
        this.propositions = List.copyOf(propositions);
        this.claims = List.copyOf(claims);
        this.positions = List.copyOf(positions);
        this.fingerprint = fingerprint;
        this.sourceById = index(this.sources, Source::id);
        this.propositionById = index(this.propositions, Proposition::id);
        this.claimById = index(this.claims, Claim::id);
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Proposition> propositions() {
        return propositions;
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<Position> positions() {
        return positions;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourceById.get(id));
    }

    public Optional<Proposition> proposition(String id) {
        return Optional.ofNullable(propositionById.get(id));
    }

    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(claimById.get(id));
    }

    public List<Claim> claimsOf(String sourceId) {
        return claims.stream().filter(c -> c.source().equals(sourceId)).toList();
    }

    public List<Position> positionsOf(String sourceId) {
        return positions.stream().filter(p -> p.source().equals(sourceId)).toList();
    }

    /** Claims that mention the proposition in a premise, an unless or the conclusion. */
    public List<Claim> claimsAbout(String propositionId) {
        return claims.stream().filter(c -> c.conclusion().proposition().equals(propositionId)
                || c.premises().stream().anyMatch(l -> l.proposition().equals(propositionId))
                || c.unless().stream().anyMatch(l -> l.proposition().equals(propositionId))).toList();
    }

    public List<String> sourceIds() {
        return sources.stream().map(Source::id).toList();
    }

    public List<String> propositionIds() {
        return propositions.stream().map(Proposition::id).toList();
    }

    public List<String> claimIds() {
        return claims.stream().map(Claim::id).toList();
    }

    /** Sources that speak in their own voice (reprints fold into their original). */
    public List<Source> voices() {
        return sources.stream().filter(s -> !s.isReprint()).toList();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) {
            m.putIfAbsent(id.apply(t), t);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Up to {@code max} ids in {@code candidates} plausibly meant by {@code unknown}, closest first,
     * for "did you mean" hints; empty when nothing is close.
     */
    public static List<String> nearest(String unknown, List<String> candidates, int max) {
        List<String> sorted = new ArrayList<>(candidates);
        sorted.removeIf(c -> !Similarity.plausible(unknown, c));
        sorted.sort((a, b) -> {
            int c = Integer.compare(Similarity.distance(unknown, a), Similarity.distance(unknown, b));
            return c != 0 ? c : a.compareTo(b);
        });
        return sorted.subList(0, Math.min(max, sorted.size()));
    }
}
