package org.qantar.rules.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qantar.rules.oracle.ElderOracle.Policy.BLOCKING;
import static org.qantar.rules.oracle.ElderOracle.Policy.PROPAGATION;

/**
 * The Nixon diamond (R. Reiter, G. Criscuolo, "On interacting defaults", IJCAI 1981) and a conflict
 * downstream of it, the situation of D. Makinson, K. Schlechta, "Floating conclusions and zombie paths",
 * Artificial Intelligence 48, 1991: quakers are pacifists, republicans are not, republicans are football
 * fans, pacifists are anti-military, football fans are not.
 *
 * <p>Plain diamond: grounded semantics propagates ambiguity, as Qantar does (and as G. Governatori,
 * M. J. Maher, G. Antoniou, D. Billington, "Argumentation semantics for defeasible logic", J. Logic
 * Computation 14(5), 2004, relate the two): the diamond's arguments are undecided, so are those built on
 * them, and neither side of {@code antimilitary} is justified; ambiguity blocking would establish
 * {@code !antimilitary}. Qantar names the undecided points: CONTESTED, both values possible.
 *
 * <p>The divergence: silence one horn with an {@code unless} that holds (a quaker in the army is no
 * pacifist). ASPIC+ undercuts the pacifist argument, it is out, and {@code !pacifist} and everything
 * downstream ({@code !antimilitary}) are reinstated. Qantar keeps the diamond CONTESTED: the silenced
 * claim still makes {@code pacifist} possible (see {@link AspicReinstatementTest}); graal-elder's
 * propagation agrees. An {@code unless} in Qantar withdraws a claim's authority, never its voice.
 */
class AspicNixonDiamondTest {

    private static final String[] CLAIMS = {"republican -> !pacifist", "republican -> footballfan",
            "pacifist -> antimilitary", "footballfan -> !antimilitary"};

    @Test
    void downstream_of_the_diamond_nothing_is_justified_in_grounded_semantics_or_established_in_qantar() {
        Fixture f = Fixture.of(with("quaker -> pacifist"));
        String[] world = {"quaker", "republican"};
        assertThat(f.aspicGrounded(world)).containsEntry("footballfan", "JUSTIFIED true")
                .containsEntry("pacifist", "UNDECIDED").containsEntry("antimilitary", "UNDECIDED");
        assertThat(f.qantar(world)).containsEntry("footballfan", "SUPPORTED true")
                .containsEntry("pacifist", "CONTESTED").containsEntry("antimilitary", "CONTESTED")
                .isEqualTo(f.elder(PROPAGATION, world));
        assertThat(f.elder(BLOCKING, world)).containsEntry("antimilitary", "SUPPORTED false");
    }

    @Test
    void silencing_one_horn_reinstates_the_other_downstream_in_aspic_but_not_in_qantar() {
        Fixture f = Fixture.of(with("quaker -> pacifist unless soldier"));
        String[] world = {"quaker", "republican", "soldier"};
        assertThat(f.aspicGrounded(world)).containsEntry("pacifist", "JUSTIFIED false")
                .containsEntry("antimilitary", "JUSTIFIED false");
        assertThat(f.qantar(world)).containsEntry("pacifist", "CONTESTED").containsEntry("antimilitary", "CONTESTED")
                .isEqualTo(f.elder(PROPAGATION, world));
    }

    private static String[] with(String horn) {
        String[] all = new String[CLAIMS.length + 1];
        all[0] = horn;
        System.arraycopy(CLAIMS, 0, all, 1, CLAIMS.length);
        return all;
    }
}
