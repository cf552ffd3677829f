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
 * A proposition the sources disagree on: counted claims of different sources (voices: a reprint
 * speaks with its original) conclude opposite values. Found in the claims themselves, whatever is
 * assumed; {@code status} says where the current evaluation stands on it.
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
            if (differentVoices(kb, yes, no)) {
                out.add(new Conflict(p, yes, no, evaluation.status(p).orElseThrow()));
            }
        }
        return out;
    }

    private static boolean differentVoices(KnowledgeBase kb, List<Claim> yes, List<Claim> no) {
        for (Claim a : yes) {
            for (Claim b : no) {
                if (!voice(kb, a).equals(voice(kb, b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String voice(KnowledgeBase kb, Claim c) {
        return kb.source(c.source()).map(Source::voice).orElse(c.source());
    }
}
