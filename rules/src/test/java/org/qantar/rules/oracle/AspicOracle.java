package org.qantar.rules.oracle;

import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.KnowledgeBase;
import org.tweetyproject.arg.aspic.reasoner.SimpleAspicReasoner;
import org.tweetyproject.arg.aspic.ruleformulagenerator.PlFormulaGenerator;
import org.tweetyproject.arg.aspic.syntax.AspicArgumentationTheory;
import org.tweetyproject.arg.aspic.syntax.DefeasibleInferenceRule;
import org.tweetyproject.arg.aspic.syntax.StrictInferenceRule;
import org.tweetyproject.arg.dung.reasoner.SimpleGroundedReasoner;
import org.tweetyproject.logics.pl.syntax.Negation;
import org.tweetyproject.logics.pl.syntax.PlFormula;
import org.tweetyproject.logics.pl.syntax.Proposition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same claims read as an ASPIC+ theory (Modgil and Prakken, "The ASPIC+ framework for structured
 * argumentation: a tutorial", Argument &amp; Computation 5(1), 2014) and answered under grounded
 * semantics by TweetyProject's reasoner: assumptions are axioms, each claim {@code c} a defeasible rule
 * named {@code c}, each {@code unless u} a strict rule {@code u → ¬c} (an undercutter of {@code c}); no
 * preference, so every attack succeeds.
 */
final class AspicOracle {

    private AspicOracle() {
    }

    /**
     * Per proposition: {@code ASSUMED v}, {@code JUSTIFIED v} (an argument for v in the grounded
     * extension), or {@code UNDECIDED}.
     */
    static Map<String, String> grounded(KnowledgeBase kb, Collection<Literal> assumptions) {
        AspicArgumentationTheory<PlFormula> theory = new AspicArgumentationTheory<>(new PlFormulaGenerator());
        assumptions.forEach(a -> theory.addAxiom(formula(a)));
        List<Claim> claims = kb.claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            DefeasibleInferenceRule<PlFormula> rule = new DefeasibleInferenceRule<>();
            rule.setName("c" + i);
            rule.setConclusion(formula(c.conclusion()));
            c.premises().forEach(p -> rule.addPremise(formula(p)));
            theory.addRule(rule);
            for (Literal u : c.unless()) {
                StrictInferenceRule<PlFormula> undercut = new StrictInferenceRule<>();
                undercut.setConclusion(new Negation(new Proposition("c" + i)));
                undercut.addPremise(formula(u));
                theory.addRule(undercut);
            }
        }
        SimpleAspicReasoner<PlFormula> reasoner = new SimpleAspicReasoner<>(new SimpleGroundedReasoner());
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : kb.propositionIds()) {
            Literal yes = new Literal(p, true);
            if (assumptions.contains(yes) || assumptions.contains(yes.negate())) {
                out.put(p, "ASSUMED " + assumptions.contains(yes));
            } else if (reasoner.query(theory, formula(yes))) {
                out.put(p, "JUSTIFIED true");
            } else if (reasoner.query(theory, formula(yes.negate()))) {
                out.put(p, "JUSTIFIED false");
            } else {
                out.put(p, "UNDECIDED");
            }
        }
        return out;
    }

    private static PlFormula formula(Literal l) {
        Proposition p = new Proposition(l.proposition());
        return l.value() ? p : new Negation(p);
    }
}
