package org.qantar.rules;

import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qantar.rules.Justification.ClaimNode;
import org.qantar.rules.Justification.PremiseNode;

/**
 * Builds the justification tree of a proposition from an evaluation. Established support is
 * explained by established claims of the cut at which it holds (a SUPPORTED proposition of
 * strength k by the k-cut's claims), possible support by possible ones on the weakest cut; each
 * literal's support is shown once per tree (later mentions point back), which also ends cycles.
 */
public final class Justifier {

    private final KnowledgeBase kb;
    private final Evaluation evaluation;
    private final Set<Literal> expanded = new HashSet<>();
    /** The cut whose established stratum explains established support. */
    private final Strata establishedCut;

    private Justifier(KnowledgeBase kb, Evaluation evaluation, PropositionStatus root) {
        this.kb = kb;
        this.evaluation = evaluation;
        Strata cut = root.status() == Status.SUPPORTED ? evaluation.cuts().get(root.strength()) : null;
        this.establishedCut = cut != null ? cut : evaluation.strata();
    }

    /** The tree for {@code proposition}, which must be in the knowledge base. */
    public static Justification explain(KnowledgeBase kb, Evaluation evaluation, String proposition) {
        PropositionStatus status = evaluation.status(proposition)
                .orElseThrow(() -> new IllegalArgumentException("unknown proposition " + proposition));
        return new Justifier(kb, evaluation, status).build(status);
    }

    private Justification build(PropositionStatus status) {
        String p = status.id();
        List<ClaimNode> support = List.of();
        List<ClaimNode> supportTrue = List.of();
        List<ClaimNode> supportFalse = List.of();
        List<ClaimNode> tensions = List.of();
        List<ClaimNode> dissent = List.of();
        switch (status.status()) {
            case ASSUMED, RECORDED, SUPPORTED -> {
                Literal l = new Literal(p, status.value());
                expanded.add(l);
                support = nodes(status.supportedBy(), true);
                if (status.status().isFixed()) {
                    tensions = nodes(evaluation.tensions().stream()
                            .filter(t -> t.proposition().equals(p)).map(Tension::claim).toList(), false);
                } else {
                    dissent = nodes(status.dissent(), false);
                }
            }
            case PLAUSIBLE -> {
                expanded.add(new Literal(p, status.value()));
                support = nodes(status.supportedBy(), false);
            }
            case CONTESTED -> {
                expanded.add(new Literal(p, true));
                expanded.add(new Literal(p, false));
                supportTrue = nodes(status.contestedTrue(), false);
                supportFalse = nodes(status.contestedFalse(), false);
            }
            case OPEN -> {
            }
        }
        return new Justification(p, status, support, supportTrue, supportFalse, tensions, dissent);
    }

    private List<ClaimNode> nodes(List<String> claimIds, boolean established) {
        List<ClaimNode> nodes = new ArrayList<>();
        for (String id : claimIds) {
            kb.claim(id).ifPresent(c -> nodes.add(node(c, established)));
        }
        return nodes;
    }

    private ClaimNode node(Claim c, boolean established) {
        List<PremiseNode> premises = new ArrayList<>();
        for (Literal premise : c.premises()) {
            premises.add(premise(premise, established));
        }
        Strata cut = established ? establishedCut : evaluation.strata();
        List<Literal> defeatedBy = c.unless().stream().filter(u -> cut.possible().contains(u)).toList();
        return new ClaimNode(c.id(), c.source(), c.confidence(), c.quote(), c.paraphrase(), c.conclusion(), premises,
                defeatedBy);
    }

    private PremiseNode premise(Literal l, boolean established) {
        PropositionStatus s = evaluation.status(l.proposition()).orElse(null);
        String label = s == null ? "UNKNOWN" : s.label();
        Confidence strength = s == null ? null : s.strength();
        boolean assumed = evaluation.fixed().contains(l);
        if (assumed) {
            return new PremiseNode(l, label, strength, true, List.of(), false);
        }
        if (!expanded.add(l)) {
            return new PremiseNode(l, label, strength, false, List.of(), true);
        }
        Set<String> fired = established ? establishedCut.firedEstablished() : evaluation.strata().firedPossible();
        List<ClaimNode> because = new ArrayList<>();
        for (Claim c : kb.claimsConcluding(l)) {
            if (fired.contains(c.id())) {
                because.add(node(c, established));
            }
        }
        return new PremiseNode(l, label, strength, false, because, false);
    }
}
