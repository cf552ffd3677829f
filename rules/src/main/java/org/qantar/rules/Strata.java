package org.qantar.rules;

import org.qantar.model.Literal;

import java.util.Set;

/**
 * The raw answer of an evaluation, before statuses are read off it. Both evaluators (Drools and
 * the plain-Java graph evaluator) produce this, so differential tests compare like with like.
 *
 * @param possible         literals in the possible stratum (assumptions included)
 * @param established      literals in the established stratum (assumptions included)
 * @param firedPossible    counted claims whose premises are all possible
 * @param firedEstablished counted claims whose premises are all established and none of whose
 *                         unless-literals is possible
 */
public record Strata(Set<Literal> possible, Set<Literal> established,
                     Set<String> firedPossible, Set<String> firedEstablished) {

    public Strata {
        possible = Set.copyOf(possible);
        established = Set.copyOf(established);
        firedPossible = Set.copyOf(firedPossible);
        firedEstablished = Set.copyOf(firedEstablished);
    }
}
