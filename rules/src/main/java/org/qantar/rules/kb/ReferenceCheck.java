package org.qantar.rules.kb;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge-base mistakes that would break commands (a claim or position naming a proposition
 * or source the registry lacks), found in memory on the loaded knowledge base, cheaply enough to
 * run at every start. {@link KbValidator} runs these and the rest for {@code kb validate}.
 */
public final class ReferenceCheck {

    private ReferenceCheck() {
    }

    /** One line per unknown reference, in knowledge-base order; empty when every reference is known. */
    public static List<String> problems(KnowledgeBase kb) {
        List<String> problems = new ArrayList<>();
        for (Claim c : kb.claims()) {
            String what = "claim " + c.id();
            source(kb, c.source(), what, problems);
            List<Literal> literals = new ArrayList<>(c.premises());
            literals.addAll(c.unless());
            literals.add(c.conclusion());
            literals.forEach(l -> proposition(kb, l.proposition(), what, problems));
        }
        for (Position p : kb.positions()) {
            String what = "position " + p.source() + "/" + p.proposition();
            source(kb, p.source(), what, problems);
            proposition(kb, p.proposition(), what, problems);
        }
        return problems;
    }

    private static void proposition(KnowledgeBase kb, String id, String what, List<String> problems) {
        if (kb.proposition(id).isEmpty()) {
            List<String> near = KnowledgeBase.nearest(id, kb.propositionIds(), 3);
            problems.add(what + ": unknown proposition " + id
                    + (near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)"));
        }
    }

    private static void source(KnowledgeBase kb, String id, String what, List<String> problems) {
        if (kb.source(id).isEmpty()) {
            problems.add(what + ": unknown source " + id);
        }
    }
}
