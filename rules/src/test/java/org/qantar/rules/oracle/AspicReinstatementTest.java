package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qantar.rules.oracle.ElderOracle.Policy.BLOCKING;
import static org.qantar.rules.oracle.ElderOracle.Policy.PROPAGATION;

/**
 * Divergence from ASPIC+ grounded semantics: reinstatement through an undercut. {@code x} holds unless
 * {@code u}; {@code u} holds unless {@code w}; {@code w} holds. In ASPIC+ (Modgil and Prakken 2014) the
 * argument for {@code w} undercuts the one for {@code u}, which is therefore out, so its undercut of
 * {@code x} fails and {@code x} is reinstated: justified in the grounded extension (Dung 1995's
 * reinstatement).
 *
 * <p>Qantar does not reinstate: an {@code unless} blocks its claim whenever the literal <em>may</em>
 * hold, and the claim for {@code u}, though silenced by {@code w}, still makes {@code u} possible. So
 * {@code x} is PLAUSIBLE, not SUPPORTED. This is ambiguity propagation (graal-elder agrees; blocking
 * would reinstate like ASPIC+): in defeasible logic a defeater's antecedent need only be supported to
 * block, and a defeated rule still supports. For an analyst it is the cautious reading: "x, unless u"
 * is not settled while some source still argues for u, even one whose argument is itself disputed.
 */
class AspicReinstatementTest {

    private final Fixture fixture = Fixture.of("t -> x unless u", "t -> u unless w", "t -> w");

    @Test
    void aspic_grounded_reinstates_x() {
        assertThat(fixture.aspicGrounded("t")).containsEntry("w", "JUSTIFIED true").containsEntry("u", "UNDECIDED")
                .containsEntry("x", "JUSTIFIED true");
    }

    @Test
    void qantar_keeps_x_plausible_as_ambiguity_propagation_does() {
        assertThat(fixture.qantar("t")).containsEntry("w", "SUPPORTED true").containsEntry("u", "PLAUSIBLE true")
                .containsEntry("x", "PLAUSIBLE true").isEqualTo(fixture.elder(PROPAGATION, "t"));
        assertThat(fixture.elder(BLOCKING, "t")).containsEntry("x", "SUPPORTED true");
    }
}
