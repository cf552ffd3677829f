package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qantar.rules.oracle.ElderOracle.Policy.PROPAGATION;

/**
 * The tension rule: a claim concluding against an assumption makes nothing possible. Here {@code q} is
 * assumed, {@code a -> !q} pushes against it, {@code !q -> x} builds on that, and {@code a -> !x} is
 * otherwise unopposed.
 *
 * <p>In the proof theory of ambiguity propagation (Antoniou, Billington, Governatori, Maher, AAAI 2000)
 * support (+σ) ignores facts: {@code a ⇒ ¬q} supports ¬q although q is a fact, so {@code ¬q ⇒ x} is a
 * live attack on ¬x, and −∂¬x. Qantar instead reads an assumption as closing the question: ¬q is not
 * possible, neither is x, and ¬x is established. graal-elder's statement-graph labelling agrees with
 * Qantar: a literal attacked by a fact is labelled strictly out, and so is every statement built on it.
 * This is the "up to the tension rule" of the README: the same as the proof theory on the theory from
 * which the claims concluding against an assumption are deleted.
 */
class TensionTest {

    private final Fixture fixture = Fixture.of("a -> !q", "!q -> x", "a -> !x");

    @Test
    void a_claim_against_an_assumption_supports_nothing_downstream() {
        assertThat(fixture.qantar("q", "a")).containsEntry("x", "SUPPORTED false")
                .isEqualTo(fixture.elder(PROPAGATION, "q", "a"));
    }

    @Test
    void deleting_the_claims_against_assumptions_gives_the_same_answer() {
        Fixture pruned = Fixture.of("!q -> x", "a -> !x");
        assertThat(pruned.qantar("q", "a")).containsEntry("x", "SUPPORTED false")
                .isEqualTo(fixture.qantar("q", "a"));
    }
}
