package org.qantar.rules;

import org.qantar.model.Confidence;
import org.qantar.model.Literal;

import java.util.List;

/**
 * Why a proposition has its status: the claims behind it as a tree down to the assumptions.
 *
 * @param support      for ASSUMED, SUPPORTED and PLAUSIBLE: the claims that carry its value
 * @param supportTrue  for CONTESTED: the claims that make it possibly true
 * @param supportFalse for CONTESTED: the claims that make it possibly false
 * @param tensions     for ASSUMED and RECORDED: the claims that push against the value held
 * @param dissent      for SUPPORTED: the weaker claims on the other side (see {@link PropositionStatus#dissent()})
 */
public record Justification(String proposition, PropositionStatus status, List<ClaimNode> support,
                            List<ClaimNode> supportTrue, List<ClaimNode> supportFalse, List<ClaimNode> tensions,
                            List<ClaimNode> dissent) {

    public Justification {
        support = List.copyOf(support);
        supportTrue = List.copyOf(supportTrue);
        supportFalse = List.copyOf(supportFalse);
        tensions = List.copyOf(tensions);
        dissent = List.copyOf(dissent);
    }

    /**
     * One claim in the tree.
     *
     * @param defeatedBy the claim's unless-literals that may hold: why it establishes nothing
     */
    public record ClaimNode(String claim, String source, Confidence confidence, String quote, String paraphrase,
                            Literal conclusion, List<PremiseNode> premises, List<Literal> defeatedBy) {
        public ClaimNode {
            premises = List.copyOf(premises);
            defeatedBy = List.copyOf(defeatedBy);
        }
    }

    /**
     * One premise of a claim and, unless it is assumed, the claims that make it hold.
     *
     * @param status  the premise's proposition's status label, e.g. {@code SUPPORTED true}
     * @param strength the strength of that status (see {@link PropositionStatus#strength()}), or null
     * @param assumed true when the premise is held fixed: assumed, or a recorded fact
     * @param shownAbove true when this literal's own support is already shown earlier in the tree
     *                   (also what stops a cycle of claims)
     */
    public record PremiseNode(Literal literal, String status, Confidence strength, boolean assumed,
                              List<ClaimNode> because, boolean shownAbove) {
        public PremiseNode {
            because = List.copyOf(because);
        }
    }
}
