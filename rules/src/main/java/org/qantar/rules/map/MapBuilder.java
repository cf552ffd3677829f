package org.qantar.rules.map;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Strata;
import org.qantar.rules.Tension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the argument map off a knowledge base and an evaluation of it: nothing is evaluated here, so
 * the map shows exactly what {@code status} and {@code why} show. Only counted claims (those of the
 * evaluation's lens) are drawn; every proposition is.
 */
public final class MapBuilder {

    private MapBuilder() {
    }

    /** The whole graph of the evaluation. */
    public static ArgumentMap of(KnowledgeBase kb, Evaluation evaluation) {
        Set<String> counted = new HashSet<>(evaluation.lens());
        Set<String> tensionClaims = new HashSet<>();
        Set<String> pushedAgainst = new HashSet<>();
        for (Tension t : evaluation.tensions()) {
            tensionClaims.add(t.claim());
            pushedAgainst.add(t.proposition());
        }
        List<PropositionNode> propositions = new ArrayList<>();
        for (Proposition p : kb.propositions()) {
            PropositionStatus s = evaluation.status(p.id()).orElseThrow();
            propositions.add(new PropositionNode(p.id(), p.statement(), p.kind(), s.status(), s.value(),
                    s.strength() == null ? null : s.strength().label(), s.counterfactual(),
                    pushedAgainst.contains(p.id())));
        }
        List<ClaimNode> claims = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (Claim c : kb.claims()) {
            if (!counted.contains(c.source()) && !counted.contains(voiceOf(kb, c.source()))) {
                continue;
            }
            claims.add(new ClaimNode(c.id(), c.source(), c.name(), c.confidence(), c.section(), c.quote(),
                    state(c, evaluation.strata()), tensionClaims.contains(c.id())));
            for (Literal l : c.premises()) {
                edges.add(new Edge(l.proposition(), c.id(), Edge.EdgeKind.PREMISE, l.value()));
            }
            for (Literal l : c.unless()) {
                edges.add(new Edge(l.proposition(), c.id(), Edge.EdgeKind.UNLESS, l.value()));
            }
            edges.add(new Edge(c.id(), c.conclusion().proposition(), Edge.EdgeKind.CONCLUSION, c.conclusion().value()));
        }
        return new ArgumentMap(propositions, claims, edges, null);
    }

    private static String voiceOf(KnowledgeBase kb, String source) {
        return kb.source(source).map(s -> s.voice()).orElse(source);
    }

    private static ClaimState state(Claim c, Strata strata) {
        // Firing on established premises is not enough: the opposite may still be possible.
        if (strata.firedEstablished().contains(c.id()) && strata.established().contains(c.conclusion())) {
            return ClaimState.ESTABLISHED;
        }
        if (!strata.firedPossible().contains(c.id())) {
            return ClaimState.IDLE;
        }
        boolean defeated = c.unless().stream().anyMatch(strata.possible()::contains);
        return defeated ? ClaimState.DEFEATED : ClaimState.POSSIBLE;
    }
}
