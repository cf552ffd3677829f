package org.qantar.rules;

import org.qantar.model.Claim;
import org.qantar.model.Literal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qantar.rules.Justification.ClaimNode;
import org.qantar.rules.Justification.PremiseNode;

/**
 * Builds the justification tree of a proposition from an evaluation. Established support is
 * explained by established claims, possible support by possible ones; each literal's support is
 * shown once per tree (later mentions point back), which also ends cycles.
 */
public final class Justifier {

    private final KnowledgeBase kb;
    private final Evaluation evaluation;
    private final Set<Literal> expanded = new HashSet<>();

    private Justifier(KnowledgeBase kb, Evaluation evaluation) {
        this.kb = kb;
        this.evaluation = evaluation;
    }

    /** The tree for {@code proposition}, which must be in the knowledge base. */
    public static Justification explain(KnowledgeBase kb, Evaluation evaluation, String proposition) {
        PropositionStatus status = evaluation.status(proposition)
                .orElseThrow(() -> new IllegalArgumentException("unknown proposition " + proposition));
        return new Justifier(kb, evaluation).build(status);
    }

    private Justification build(PropositionStatus status) {
        String p = status.id();
        List<ClaimNode> support = List.of();
        List<ClaimNode> supportTrue = List.of();
        List<ClaimNode> supportFalse = List.of();
        List<ClaimNode> tensions = List.of();
        switch (status.status()) {
            case ASSUMED, RECORDED, SUPPORTED -> {
                Literal l = new Literal(p, status.value());
                expanded.add(l);
                support = nodes(status.supportedBy(), true);
                if (status.status().isFixed()) {
                    tensions = nodes(evaluation.tensions().stream()
                            .filter(t -> t.proposition().equals(p)).map(Tension::claim).toList(), false);
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
        return new Justification(p, status, support, supportTrue, supportFalse, tensions);
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
        List<Literal> defeatedBy = c.unless().stream().filter(u -> evaluation.strata().possible().contains(u)).toList();
        return new ClaimNode(c.id(), c.source(), c.confidence(), c.quote(), c.paraphrase(), c.conclusion(), premises,
                defeatedBy);
    }

    private PremiseNode premise(Literal l, boolean established) {
        String label = evaluation.status(l.proposition()).map(PropositionStatus::label).orElse("UNKNOWN");
        boolean assumed = evaluation.fixed().contains(l);
        if (assumed) {
            return new PremiseNode(l, label, true, List.of(), false);
        }
        if (!expanded.add(l)) {
            return new PremiseNode(l, label, false, List.of(), true);
        }
        Set<String> fired = established ? evaluation.strata().firedEstablished() : evaluation.strata().firedPossible();
        List<ClaimNode> because = new ArrayList<>();
        for (Claim c : kb.claims()) {
            if (c.conclusion().equals(l) && fired.contains(c.id())) {
                because.add(node(c, established));
            }
        }
        return new PremiseNode(l, label, false, because, false);
    }
}
