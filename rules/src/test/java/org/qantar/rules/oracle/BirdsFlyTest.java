package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qantar.rules.oracle.ElderOracle.Policy.BLOCKING;
import static org.qantar.rules.oracle.ElderOracle.Policy.PROPAGATION;

/**
 * Birds fly, penguins do not: the running example of D. Nute, "Defeasible logic" (Handbook of Logic in
 * AI and Logic Programming vol. 3, 1994) and of Antoniou et al., "Representation results for defeasible
 * logic", ACM TOCL 2(2), 2001: {@code penguin → bird}, {@code bird ⇒ flies}, {@code penguin ⇒ ¬flies},
 * with the superiority {@code penguin ⇒ ¬flies > bird ⇒ flies} that settles Tweety the penguin.
 *
 * <p>Qantar has no superiority relation. Without it the literature's answer is ambiguity: −∂flies and
 * −∂¬flies, under either policy; Qantar says CONTESTED. Writing the exception as an {@code unless}
 * ({@code bird -> flies unless penguin}) does not settle it either, and that is ambiguity propagation
 * at work: the blocked claim no longer establishes {@code flies}, but it still makes it possible (in
 * defeasible logic: the defeated rule still supports its conclusion), so {@code !flies} is not
 * established; ambiguity blocking would establish it. In Qantar a source's exception can silence a
 * claim, not overrule it; which of two opposed claims wins is for the confidence cuts to say.
 */
class BirdsFlyTest {

    @Test
    void without_superiority_a_penguin_flying_is_contested_under_both_policies() {
        Fixture f = Fixture.of("penguin -> bird", "bird -> flies", "penguin -> !flies");
        assertThat(f.qantar("penguin")).containsEntry("bird", "SUPPORTED true").containsEntry("flies", "CONTESTED")
                .isEqualTo(f.elder(PROPAGATION, "penguin")).isEqualTo(f.elder(BLOCKING, "penguin"));
        assertThat(f.qantar("bird")).containsEntry("flies", "SUPPORTED true").isEqualTo(f.elder(PROPAGATION, "bird"));
    }

    @Test
    void an_exception_written_as_unless_silences_the_claim_but_does_not_overrule_it() {
        Fixture f = Fixture.of("penguin -> bird", "bird -> flies unless penguin", "penguin -> !flies");
        assertThat(f.qantar("penguin")).containsEntry("flies", "CONTESTED")
                .isEqualTo(f.elder(PROPAGATION, "penguin"));
        assertThat(f.elder(BLOCKING, "penguin")).containsEntry("flies", "SUPPORTED false");
        assertThat(f.qantar("bird")).containsEntry("flies", "SUPPORTED true").isEqualTo(f.elder(PROPAGATION, "bird"));
    }
}
