package org.qantar.rules.drools;

import org.drools.model.Declaration;
import org.drools.model.Index;
import org.drools.model.Model;
import org.drools.model.PatternDSL;
import org.drools.model.Rule;
import org.drools.model.RuleItemBuilder;
import org.drools.model.impl.ModelImpl;
import org.drools.model.impl.RuleBuilder;
import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;

import java.util.ArrayList;
import java.util.List;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.not;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.alphaIndexedBy;
import static org.drools.model.PatternDSL.betaIndexedBy;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

/**
 * A knowledge base's claims as Drools rules, built at run time through Drools' executable-model API:
 * for each claim exactly the rule the build-time kjar holds for its DRL,
 * <pre>
 * rule "NAME" @claim(..) @source(..) @confidence(..)
 * when
 *     $s : Stratum()                                       (likely: Stratum( countsLikely ),
 *                                                          possible: Stratum( countsPossible ))
 *     Holds( stratum == $s, literal == "premise" )         (each premise)
 *     not Defeater( stratum == $s, literal == "unless" )   (each unless)
 * then
 *     conclude(drools, $s, "conclusion");
 * end
 * </pre>
 * with the same indexes (the literal in the alpha network, the stratum in the beta network). Built
 * from the claims the loader read, so no Java source is generated or compiled: a user's knowledge base
 * starts in about the time the Rete network takes to build.
 */
public final class ClaimRuleModel {

    /** The package the shipped claim rules live in; a user knowledge base's rules join it. */
    public static final String PACKAGE = "org.qantar.kb";

    private ClaimRuleModel() {
    }

    public static Model of(List<Claim> claims) {
        List<Rule> rules = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            rules.add(ruleOf(c));
        }
        return new ModelImpl().withRules(rules);
    }

    /** {@code $s : Stratum()}, or only the strata whose cut counts the claim (as the DRL expansion writes it). */
    private static PatternDSL.PatternDef<Stratum> stratumPattern(Declaration<Stratum> s, Confidence confidence) {
        return switch (confidence) {
            case STATED -> pattern(s);
            case LIKELY -> pattern(s).expr("countsLikely", Stratum::isCountsLikely);
            case POSSIBLE -> pattern(s).expr("countsPossible", Stratum::isCountsPossible);
        };
    }

    static Rule ruleOf(Claim c) {
        Declaration<Stratum> s = declarationOf(Stratum.class);
        List<RuleItemBuilder<?>> items = new ArrayList<>();
        items.add(stratumPattern(s, c.confidence()));
        for (Literal premise : c.premises()) {
            String literal = premise.toString();
            Declaration<Holds> h = declarationOf(Holds.class);
            items.add(pattern(h)
                    .expr("stratum == $s", s, (holds, stratum) -> holds.getStratum() == stratum,
                            betaIndexedBy(Stratum.class, Index.ConstraintType.EQUAL, 0, Holds::getStratum, st -> st))
                    .expr("literal == \"" + literal + "\"", holds -> literal.equals(holds.getLiteral()),
                            alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, 1, Holds::getLiteral, literal)));
        }
        for (Literal defeater : c.unless()) {
            String literal = defeater.toString();
            Declaration<Defeater> d = declarationOf(Defeater.class);
            items.add(not(pattern(d)
                    .expr("stratum == $s", s, (def, stratum) -> def.getStratum() == stratum,
                            betaIndexedBy(Stratum.class, Index.ConstraintType.EQUAL, 0, Defeater::getStratum, st -> st))
                    .expr("literal == \"" + literal + "\"", def -> literal.equals(def.getLiteral()),
                            alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, 1, Defeater::getLiteral, literal))));
        }
        String conclusion = c.conclusion().toString();
        items.add(on(s).execute((drools, stratum) -> Consequences.conclude(drools, stratum, conclusion)));
        RuleBuilder rule = rule(PACKAGE, c.name())
                .metadata("claim", c.id())
                .metadata("source", c.source())
                .metadata("confidence", c.confidence().label());
        // The rest of the metadata too, so that the rule carries what its DRL would.
        if (c.section() != null) {
            rule.metadata("section", c.section());
        }
        if (c.quote() != null) {
            rule.metadata("quote", c.quote());
        }
        if (c.paraphrase() != null) {
            rule.metadata("paraphrase", c.paraphrase());
        }
        return rule.build(items.toArray(RuleItemBuilder<?>[]::new));
    }
}
