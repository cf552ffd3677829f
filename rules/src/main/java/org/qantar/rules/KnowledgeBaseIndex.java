package org.qantar.rules;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.model.RecordedFact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A knowledge base's literals and claims numbered, so that evaluators record what holds as flags
 * and statuses are read off them without building sets of literals (the workbench reads every
 * status after every change). Immutable; one per {@link KnowledgeBase}.
 *
 * <p>Literal index: {@code 2 * proposition index} for true, {@code 2 * proposition index + 1} for
 * false, proposition index being the position in {@link KnowledgeBase#propositions()}. Claim index:
 * the position in {@link KnowledgeBase#claims()}; its <em>slot</em> is the index of the first
 * claim with the same id, so that flags kept by slot mean what a set of claim ids means.
 */
public final class KnowledgeBaseIndex {

    private final KnowledgeBase kb;
    private final Map<String, Integer> propositionIndex = new HashMap<>();
    private final Literal[] literals;
    /** Per proposition index: the literal index the record holds it at, or -1. */
    private final int[] recorded;
    /** Per proposition index: whether it is the first with its id (later duplicates are never read). */
    private final boolean[] distinct;
    private final Claim[] claims;
    private final int[] slot;
    private final int[][] concluding;

    KnowledgeBaseIndex(KnowledgeBase kb) {
        this.kb = kb;
        List<Proposition> props = kb.propositions();
        literals = new Literal[2 * props.size()];
        recorded = new int[props.size()];
        distinct = new boolean[props.size()];
        for (int p = 0; p < props.size(); p++) {
            String id = props.get(p).id();
            distinct[p] = propositionIndex.putIfAbsent(id, p) == null;
            literals[2 * p] = new Literal(id, true);
            literals[2 * p + 1] = new Literal(id, false);
            recorded[p] = -1;
        }
        for (int p = 0; p < props.size(); p++) {
            if (distinct[p]) {
                RecordedFact f = kb.recorded(props.get(p).id()).orElse(null);
                recorded[p] = f == null ? -1 : 2 * p + (f.value() ? 0 : 1);
            }
        }
        claims = kb.claims().toArray(new Claim[0]);
        slot = new int[claims.length];
        Map<String, Integer> first = new HashMap<>();
        List<List<Integer>> byConclusion = new ArrayList<>();
        for (int l = 0; l < literals.length; l++) {
            byConclusion.add(new ArrayList<>());
        }
        for (int c = 0; c < claims.length; c++) {
            Integer earlier = first.putIfAbsent(claims[c].id(), c);
            slot[c] = earlier == null ? c : earlier;
            int l = literalIndex(claims[c].conclusion());
            if (l >= 0) {
                byConclusion.get(l).add(c);
            }
        }
        concluding = byConclusion.stream().map(cs -> cs.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** The number of literal indexes: twice the number of propositions. */
    public int literalCount() {
        return literals.length;
    }

    /** The number of claim indexes (and slots). */
    public int claimCount() {
        return claims.length;
    }

    /** The index of a proposition's first occurrence, or -1 for an unknown id. */
    public int propositionIndex(String id) {
        Integer p = propositionIndex.get(id);
        return p == null ? -1 : p;
    }

    /** Whether proposition index {@code p} is the first with its id. */
    public boolean isDistinct(int p) {
        return distinct[p];
    }

    /** The index of a literal, or -1 when its proposition is unknown. */
    public int literalIndex(Literal l) {
        int p = propositionIndex(l.proposition());
        return p < 0 ? -1 : 2 * p + (l.value() ? 0 : 1);
    }

    /** The literal of an index (the same instance every time). */
    public Literal literal(int index) {
        return literals[index];
    }

    /** The literal index at which the record holds proposition {@code p}, or -1 when it records none. */
    public int recorded(int p) {
        return recorded[p];
    }

    public Claim claim(int index) {
        return claims[index];
    }

    /** The slot of claim index {@code c}: the index of the first claim with its id. */
    public int slot(int c) {
        return slot[c];
    }

    /** The slot of a claim id, or -1 for an unknown id. */
    public int slot(String claimId) {
        return kb.claimIndex(claimId);
    }

    /** The indexes of the claims concluding literal index {@code l}, in knowledge-base order. */
    public int[] concluding(int l) {
        return concluding[l];
    }
}
