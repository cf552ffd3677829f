package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qantar.rules.oracle.ElderOracle.Policy.PROPAGATION;

/**
 * A defeater blocks without concluding: the example of G. Antoniou, D. Billington, G. Governatori,
 * M. J. Maher, "Representation results for defeasible logic", ACM TOCL 2(2), 2001, §2: {@code bird ⇒
 * flies} and the defeater {@code heavy ↝ ¬flies}. A heavy bird is not concluded to fly (−∂flies), nor
 * not to fly (−∂¬flies: a defeater supports nothing). In Qantar an {@code unless} is that defeater,
 * for its own claim only: {@code flies} stays PLAUSIBLE (possible, not established), never
 * {@code !flies}.
 */
class DefeaterTest {

    @Test
    void an_unless_that_may_hold_blocks_the_claim_without_concluding_the_opposite() {
        Fixture f = Fixture.of("bird -> flies unless heavy");
        assertThat(f.qantar("bird")).containsEntry("flies", "SUPPORTED true").isEqualTo(f.elder(PROPAGATION, "bird"));
        assertThat(f.qantar("bird", "heavy")).containsEntry("flies", "PLAUSIBLE true")
                .isEqualTo(f.elder(PROPAGATION, "bird", "heavy"));
    }

    @Test
    void an_unless_blocks_only_its_own_claim_which_is_why_the_mapping_goes_through_an_auxiliary_literal() {
        Fixture f = Fixture.of("bird -> flies unless heavy", "has_engine -> flies");
        String[] world = {"bird", "heavy", "has_engine"};
        assertThat(f.qantar(world)).containsEntry("flies", "SUPPORTED true").isEqualTo(f.elder(PROPAGATION, world));
        // The tempting mapping, a defeater heavy ↝ ¬flies against the conclusion, defeats every rule for
        // flies, the engine's too: graal-elder then proves nothing, which is not what the claims say.
        String globalDefeater = """
                ! :- yes_bird(k), no_bird(k).
                ! :- yes_flies(k), no_flies(k).
                ! :- yes_heavy(k), no_heavy(k).
                ! :- yes_has_engine(k), no_has_engine(k).
                yes_bird(k). yes_heavy(k). yes_has_engine(k).
                [c0] yes_flies(k) <= yes_bird(k).
                [d0] no_flies(k) <~ yes_heavy(k).
                [c1] yes_flies(k) <= yes_has_engine(k).
                """;
        assertThat(f.elder(globalDefeater, PROPAGATION, world)).containsEntry("flies", "PLAUSIBLE true");
    }
}
