package org.qantar.rules.workbench;

import org.qantar.model.Claim;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;

import java.util.List;

/**
 * What could make an OPEN proposition hold: the counted claims that conclude it either way, whose
 * premises do not all hold now. Kept beside the workbench, not in a view, so that every front end
 * explains OPEN the same way.
 */
public final class OpenReach {

    private OpenReach() {
    }

    /** The counted claims (by the evaluation's lens) that conclude {@code proposition}, in knowledge-base order. */
    public static List<Claim> claims(KnowledgeBase kb, Evaluation evaluation, String proposition) {
        return kb.claims().stream()
                .filter(c -> c.conclusion().proposition().equals(proposition))
                .filter(c -> evaluation.lens().contains(c.source())).toList();
    }
}
