package org.qantar.rules.drools;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one call a claim rule's consequence makes. It reads the claim id and source from the rule's
 * own metadata, so a rule states them once, and inserts the conclusion logically: when the
 * premises stop holding, truth maintenance withdraws it.
 */
public final class Consequences {

    /** Above the length of any shortest derivation in a knowledge base of up to 2,000 propositions. */
    static final int MAX_RANK = 4096;

    private Consequences() {
    }

    /** The executable model (rules compiled at build time) passes its own {@code drools} handle. */
    public static void conclude(org.drools.model.Drools drools, Stratum stratum, String literal) {
        // Its implementation is also the RuleContext that carries the rule being fired.
        conclude((RuleContext) drools, stratum, literal);
    }

    /** DRL compiled at run time (tests of synthetic rule sets) passes a {@link RuleContext}. */
    public static void conclude(RuleContext drools, Stratum stratum, String literal) {
        int rank = 1;
        for (Object fact : drools.getMatch().getObjects()) {
            if (fact instanceof Holds h) {
                rank = Math.max(rank, h.getRank() + 1);
            }
        }
        if (rank > MAX_RANK) {
            // A backstop for rule bases without a RankLimit fact (see RankLimit).
            return;
        }
        Rule rule = drools.getRule();
        drools.insertLogical(new Conclusion(stratum, metadata(rule, "claim"), metadata(rule, "source"), literal, rank));
    }

    static String metadata(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key);
        }
        return unquote(value.toString());
    }

    /** DRL-compiled and executable-model rules differ on whether metadata strings keep their quotes. */
    static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
