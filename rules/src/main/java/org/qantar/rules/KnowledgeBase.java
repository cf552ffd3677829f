package org.qantar.rules;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.PropositionKind;
import org.qantar.model.RecordedFact;
import org.qantar.model.Source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalogue: sources, propositions, claims (read from the DRL), positions and the record of
 * facts, in registry order, with look-ups by id. Immutable.
 *
 * @param fingerprint hash of the rule files and the registry; a session saved under another
 *                    fingerprint was evaluated by another knowledge base
 */
public final class KnowledgeBase {

    private final List<Source> sources;
    private final List<Proposition> propositions;
    private final List<Claim> claims;
    private final List<Position> positions;
    private final List<RecordedFact> record;
    private final Map<String, RecordedFact> recordByProposition;
    private final String fingerprint;
    private final Map<String, Source> sourceById;
    private final Map<String, Proposition> propositionById;
    private final Map<String, Claim> claimById;
    private final Map<String, Integer> claimIndex;
    private final Map<Literal, List<Claim>> claimsConcluding;
    private final Map<String, PropositionKind> kinds;
    /** Made when first asked for; immutable, so a race only builds it twice. */
    private volatile KnowledgeBaseIndex index;

    /** A knowledge base that records no facts. */
    public KnowledgeBase(List<Source> sources, List<Proposition> propositions, List<Claim> claims,
                         List<Position> positions, String fingerprint) {
        this(sources, propositions, claims, positions, List.of(), fingerprint);
    }

    public KnowledgeBase(List<Source> sources, List<Proposition> propositions, List<Claim> claims,
                         List<Position> positions, List<RecordedFact> record, String fingerprint) {
        this.sources = List.copyOf(sources);
        this.propositions = List.copyOf(propositions);
        this.claims = List.copyOf(claims);
        this.positions = List.copyOf(positions);
        this.record = List.copyOf(record);
        this.recordByProposition = index(this.record, RecordedFact::proposition);
        this.fingerprint = fingerprint;
        this.sourceById = index(this.sources, Source::id);
        this.propositionById = index(this.propositions, Proposition::id);
        this.claimById = index(this.claims, Claim::id);
        Map<String, Integer> position = new java.util.HashMap<>();
        Map<Literal, List<Claim>> byConclusion = new java.util.HashMap<>();
        for (int i = 0; i < this.claims.size(); i++) {
            Claim c = this.claims.get(i);
            position.putIfAbsent(c.id(), i);
            byConclusion.computeIfAbsent(c.conclusion(), l -> new ArrayList<>()).add(c);
        }
        this.claimIndex = position;
        byConclusion.replaceAll((l, cs) -> List.copyOf(cs));
        this.claimsConcluding = byConclusion;
        Map<String, PropositionKind> kindById = new LinkedHashMap<>();
        this.propositions.forEach(p -> kindById.putIfAbsent(p.id(), p.kind()));
        this.kinds = Collections.unmodifiableMap(kindById);
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

    /** The record: each fact's value as the articles report it, in file order. */
    public List<RecordedFact> record() {
        return record;
    }

    /** The recorded value of a proposition, if the record has one (the first entry when given twice). */
    public Optional<RecordedFact> recorded(String propositionId) {
        return Optional.ofNullable(recordByProposition.get(propositionId));
    }

    /**
     * What an evaluation holds fixed, by proposition: the record's values (when {@code record} is
     * on) overridden by the user's assumptions (of two on one proposition, the last wins).
     */
    public Map<String, Literal> inForce(Collection<Literal> assumptions, boolean record) {
        Map<String, Literal> fixed = new LinkedHashMap<>();
        if (record) {
            for (RecordedFact f : this.record) {
                fixed.putIfAbsent(f.proposition(), f.literal());
            }
        }
        for (Literal l : assumptions) {
            fixed.put(l.proposition(), l);
        }
        return fixed;
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

    /** Proposition id → kind, for every proposition. */
    public Map<String, PropositionKind> kinds() {
        return kinds;
    }

    /** Literals and claims numbered, for evaluators (see {@link KnowledgeBaseIndex}). */
    public KnowledgeBaseIndex index() {
        KnowledgeBaseIndex i = index;
        if (i == null) {
            i = new KnowledgeBaseIndex(this);
            index = i;
        }
        return i;
    }

    /** The claims concluding {@code literal}, in knowledge-base order. */
    public List<Claim> claimsConcluding(Literal literal) {
        return claimsConcluding.getOrDefault(literal, List.of());
    }

    /** A claim's position in {@link #claims()}, or -1 for an unknown id. */
    public int claimIndex(String claimId) {
        return claimIndex.getOrDefault(claimId, -1);
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
