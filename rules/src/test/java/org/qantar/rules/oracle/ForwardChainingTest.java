package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qantar.rules.oracle.ElderOracle.Policy.PROPAGATION;

/**
 * Forward chaining: conclusions feed further rules, and an ambiguity or a defeat part-way along a chain
 * reaches every later link. M. J. Maher, "Propositional defeasible logic has linear complexity", TPLP
 * 1(6), 2001, computes defeasible logic this way, by forward chaining over a simplified theory; Qantar's
 * graph evaluator does the same with premise counters. A chain {@code p0 ⇒ p1 ⇒ … ⇒ p12} with a side
 * claim {@code side ⇒ ¬p6}: everything up to p5 is established, p6 is contested, and from p7 on the chain
 * is only plausible (supported by a contested link, opposed by nothing).
 */
class ForwardChainingTest {

    private static Fixture chain(boolean withSideClaim) {
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            claims.add("p" + i + " -> p" + (i + 1));
        }
        if (withSideClaim) {
            claims.add("side -> !p6");
        }
        return Fixture.of(claims.toArray(String[]::new));
    }

    @Test
    void a_chain_is_established_to_its_end() {
        Fixture f = chain(false);
        assertThat(f.qantar("p0")).containsEntry("p12", "SUPPORTED true").isEqualTo(f.elder(PROPAGATION, "p0"));
    }

    @Test
    void a_contested_link_leaves_the_rest_of_the_chain_plausible() {
        Fixture f = chain(true);
        assertThat(f.qantar("p0", "side")).containsEntry("p5", "SUPPORTED true").containsEntry("p6", "CONTESTED")
                .containsEntry("p7", "PLAUSIBLE true").containsEntry("p12", "PLAUSIBLE true")
                .isEqualTo(f.elder(PROPAGATION, "p0", "side"));
    }
}
