package org.qantar.rules.workbench;

import org.qantar.model.Claim;
import org.qantar.model.Source;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A proposition the counted claims disagree on: some conclude it, some its negation, whether they
 * come from different sources or from one source that contradicts itself (see
 * {@link #selfContradicting}; voices: a reprint speaks with its original). Found in the claims
 * themselves, whatever is assumed; {@code status} says where the current evaluation stands on it.
 *
 * @param forTrue  the counted claims that conclude the proposition, in knowledge-base order
 * @param forFalse the counted claims that conclude its negation
 */
public record Conflict(String proposition, List<Claim> forTrue, List<Claim> forFalse, PropositionStatus status) {

    public Conflict {
        forTrue = List.copyOf(forTrue);
        forFalse = List.copyOf(forFalse);
    }

    /**
     * The conflicts among the claims of the counted sources, in knowledge-base order.
     *
     * @param counted the counted source ids; empty counts every source
     */
    public static List<Conflict> find(KnowledgeBase kb, Collection<String> counted, Evaluation evaluation) {
        Set<String> lens = counted.isEmpty() ? new HashSet<>(kb.sourceIds()) : new HashSet<>(counted);
        List<Conflict> out = new ArrayList<>();
        for (String p : kb.propositionIds()) {
            List<Claim> yes = new ArrayList<>();
            List<Claim> no = new ArrayList<>();
            for (Claim c : kb.claims()) {
                if (lens.contains(c.source()) && c.conclusion().proposition().equals(p)) {
                    (c.conclusion().value() ? yes : no).add(c);
                }
            }
            if (!yes.isEmpty() && !no.isEmpty()) {
                out.add(new Conflict(p, yes, no, evaluation.status(p).orElseThrow()));
            }
        }
        return out;
    }

    /** The voices with claims on both sides: sources that contradict themselves here, in the order of {@code forTrue}. */
    public List<String> selfContradicting(KnowledgeBase kb) {
        Set<String> against = new HashSet<>();
        forFalse.forEach(c -> against.add(voice(kb, c)));
        List<String> both = new ArrayList<>();
        for (Claim c : forTrue) {
            String v = voice(kb, c);
            if (against.contains(v) && !both.contains(v)) {
                both.add(v);
            }
        }
        return both;
    }

    private static String voice(KnowledgeBase kb, Claim c) {
        return kb.source(c.source()).map(Source::voice).orElse(c.source());
    }
}
