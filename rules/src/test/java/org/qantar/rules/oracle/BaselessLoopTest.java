package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qantar.rules.oracle.ElderOracle.Policy.PROPAGATION;

/**
 * A loop with nothing outside it to start it: {@code a -> b}, {@code b -> a}, and {@code a -> !x} against
 * {@code t -> x}. In the proof theory of defeasible logic (proofs are finite sequences; Antoniou et al.,
 * "Representation results for defeasible logic", ACM TOCL 2(2), 2001) neither +σa nor −σa can be proved
 * (−σa needs −σb, which needs −σa), so the attack {@code a ⇒ ¬x} can never be shown unsupported and
 * +∂x fails: the theory is silent on x. Qantar takes the well-founded reading, as the variants of
 * defeasible logic with failure by looping do: a literal only its own consequences could support is not
 * possible, so x is SUPPORTED. graal-elder, which grounds by saturation and so never builds the loop's
 * statements, agrees.
 */
class BaselessLoopTest {

    @Test
    void a_loop_nothing_starts_supports_nothing_and_blocks_nothing() {
        Fixture f = Fixture.of("a -> b", "b -> a", "a -> !x", "t -> x");
        assertThat(f.qantar("t")).containsEntry("a", "OPEN").containsEntry("b", "OPEN")
                .containsEntry("x", "SUPPORTED true").isEqualTo(f.elder(PROPAGATION, "t"));
    }

    @Test
    void once_something_starts_the_loop_it_supports_and_contests() {
        Fixture f = Fixture.of("a -> b", "b -> a", "a -> !x", "t -> x", "s -> a");
        // Started by an assumption: the loop is cut there, and graal-elder decides.
        assertThat(f.qantar("t", "a")).containsEntry("b", "SUPPORTED true").containsEntry("x", "CONTESTED")
                .isEqualTo(f.elder(PROPAGATION, "t", "a"));
        // Started by a claim: graal-elder cannot label a loop ("ELDR does not currently support cycles").
        assertThat(ElderOracle.answer(f.theory("t", "s"), PROPAGATION)).isEmpty();
        assertThat(f.qantar("t", "s")).containsEntry("b", "SUPPORTED true").containsEntry("x", "CONTESTED");
    }
}
