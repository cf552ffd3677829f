package org.qantar.rules.hindsight;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The claim autopsy: each claim's reasoning against what is known to have happened. A claim is
 * tested only when the world met its condition: every premise resolved as the claim states it and
 * none of its {@code unless} exceptions resolved as holding. Then its conclusion decides: resolved
 * with the claim, it is borne out; against, falsified; unresolved or {@code partly}, untested. A
 * claim whose condition the world did not meet says nothing about that world: untested.
 */
public final class Autopsy {

    private Autopsy() {
    }

    /**
     * Every claim of {@code kb}, in catalogue order.
     *
     * @param known whether a proposition is known to have held: from the resolutions, else the record;
     *              empty when unknown or only partly so
     */
    public static List<ClaimAutopsy> of(KnowledgeBase kb, Function<String, Optional<Boolean>> known) {
        List<ClaimAutopsy> out = new ArrayList<>();
        for (Claim c : kb.claims()) {
            out.add(examine(c, known));
        }
        return out;
    }

    static ClaimAutopsy examine(Claim c, Function<String, Optional<Boolean>> known) {
        for (Literal premise : c.premises()) {
            Optional<Boolean> v = known.apply(premise.proposition());
            if (v.isEmpty()) {
                return verdict(c, AutopsyVerdict.UNTESTED, "premise " + premise + " unresolved");
            }
            if (v.get() != premise.value()) {
                return verdict(c, AutopsyVerdict.UNTESTED, "premise " + premise + " did not hold");
            }
        }
        for (Literal exception : c.unless()) {
            Optional<Boolean> v = known.apply(exception.proposition());
            if (v.isPresent() && v.get() == exception.value()) {
                return verdict(c, AutopsyVerdict.UNTESTED, "its exception " + exception + " held");
            }
        }
        Literal conclusion = c.conclusion();
        Optional<Boolean> v = known.apply(conclusion.proposition());
        if (v.isEmpty()) {
            return verdict(c, AutopsyVerdict.UNTESTED, "premises held; conclusion " + conclusion + " unresolved");
        }
        return v.get() == conclusion.value()
                ? verdict(c, AutopsyVerdict.BORNE_OUT, "premises held; so did " + conclusion)
                : verdict(c, AutopsyVerdict.FALSIFIED, "premises held; " + conclusion + " did not");
    }

    private static ClaimAutopsy verdict(Claim c, AutopsyVerdict verdict, String reason) {
        return new ClaimAutopsy(c.id(), c.source(), c.confidence(), reasoning(c), verdict, reason);
    }

    /** {@code a, !b => c unless d}. */
    static String reasoning(Claim c) {
        String premises = c.premises().stream().map(Literal::toString).collect(Collectors.joining(", "));
        String unless = c.unless().isEmpty() ? ""
                : " unless " + c.unless().stream().map(Literal::toString).collect(Collectors.joining(", "));
        return (premises.isEmpty() ? "" : premises + " ") + "=> " + c.conclusion() + unless;
    }
}
