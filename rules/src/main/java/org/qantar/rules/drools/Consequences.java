package org.qantar.rules.drools;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.qantar.model.Confidence;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The one call a claim rule's consequence makes. It reads the claim id, source and confidence from
 * the rule's own metadata, so a rule states them once, and puts the conclusion forward as a
 * {@link Derivation}, inserted logically (when the premises stop holding, truth maintenance
 * withdraws it), but only in a stratum whose cut the claim belongs to (the k-cut counts the claims
 * whose confidence is at least k) and whose lens counts its source, and only up to the conclusion's
 * rank limit. Equal derivations of several claims are one fact with several justifications.
 */
public final class Consequences {

    /** A claim rule's metadata, read once per rule (by identity: synthetic rule bases reuse rule names). */
    private record ClaimMeta(String claim, String source, Confidence confidence) {
    }

    private static final Map<Rule, ClaimMeta> META = Collections.synchronizedMap(new IdentityHashMap<>());

    private Consequences() {
    }

    /** The executable model (rules compiled at build time) passes its own {@code drools} handle. */
    public static void conclude(org.drools.model.Drools drools, Stratum stratum, String literal) {
        // Its implementation is also the RuleContext that carries the rule being fired.
        conclude((RuleContext) drools, stratum, literal);
    }

    /** DRL compiled at run time (tests of synthetic rule sets) passes a {@link RuleContext}. */
    public static void conclude(RuleContext drools, Stratum stratum, String literal) {
        Rule rule = drools.getRule();
        ClaimMeta meta = META.computeIfAbsent(rule, Consequences::read);
        if (!stratum.counts(meta.confidence()) || !stratum.countsSource(meta.source())) {
            return;
        }
        int rank = 1;
        for (Object fact : drools.getMatch().getObjects()) {
            if (fact instanceof Holds h && stratum.ranksWith(literal, h.getLiteral())) {
                rank = Math.max(rank, h.getRank() + 1);
            }
        }
        if (rank > stratum.rankLimit(literal)) {
            return;
        }
        drools.insertLogical(new Derivation(stratum, literal, rank));
    }

    private static ClaimMeta read(Rule rule) {
        return new ClaimMeta(metadata(rule, "claim"), metadata(rule, "source"),
                Confidence.fromLabel(metadata(rule, "confidence")));
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
