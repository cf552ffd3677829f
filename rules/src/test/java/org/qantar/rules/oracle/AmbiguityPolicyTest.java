package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qantar.rules.oracle.ElderOracle.Policy.BLOCKING;
import static org.qantar.rules.oracle.ElderOracle.Policy.PROPAGATION;

/**
 * The basic example of ambiguity from G. Antoniou, D. Billington, G. Governatori, M. J. Maher, "A flexible
 * framework for defeasible logics", AAAI 2000 (and A. Rock et al., "A family of defeasible reasoning
 * logics and its implementation", ECAI 2000): {@code ⇒ a}, {@code ⇒ ¬a}, {@code ⇒ b}, {@code a ⇒ ¬b}
 * (here each rule rests on an assumed {@code t}). {@code a} is ambiguous under every policy. Ambiguity
 * blocking: −∂a, so {@code a ⇒ ¬b} never applies and +∂b. Ambiguity propagation: {@code a} is still
 * supported, so {@code a ⇒ ¬b} is a live attack, ¬b is supported and −∂b.
 *
 * <p>Qantar propagates: {@code a} is possible, so {@code !b} is possible and {@code b} is CONTESTED —
 * "the sources pull both ways", which is what an analyst should see when the only case against
 * {@code b} rests on a disputed point.
 */
class AmbiguityPolicyTest {

    private final Fixture fixture = Fixture.of("t -> a", "t -> !a", "t -> b", "a -> !b");

    @Test
    void the_literature_expects_b_under_blocking_and_nothing_under_propagation() {
        assertThat(fixture.elder(BLOCKING, "t")).containsEntry("a", "CONTESTED").containsEntry("b", "SUPPORTED true");
        assertThat(fixture.elder(PROPAGATION, "t")).containsEntry("a", "CONTESTED").containsEntry("b", "CONTESTED");
    }

    @Test
    void qantar_answers_as_ambiguity_propagation() {
        assertThat(fixture.qantar("t")).containsEntry("a", "CONTESTED").containsEntry("b", "CONTESTED")
                .isEqualTo(fixture.elder(PROPAGATION, "t"))
                .isNotEqualTo(fixture.elder(BLOCKING, "t"));
    }
}
