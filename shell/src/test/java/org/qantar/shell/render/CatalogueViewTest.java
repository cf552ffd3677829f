package org.qantar.shell.render;

import org.junit.jupiter.api.Test;
import org.qantar.rules.workbench.Conflict;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueViewTest {

    @Test
    void claims_read_as_premises_arrow_conclusion_with_defeaters() {
        assertThat(CatalogueView.claims(TinyKb.KB.claims(), Screen.plain(80))).isEqualTo("""
                ID   SOURCE  CONFIDENCE  REASONING        CLAIM
                a-1  alpha   stated      x => y           X brings Y
                a-2  alpha   likely      y => z unless w  Y brings Z unless W
                b-1  beta    likely      x => !z          X prevents Z
                """);
    }

    @Test
    void sources_show_a_dash_where_the_text_names_no_author() {
        assertThat(CatalogueView.sources(TinyKb.KB.sources(), Screen.plain(80))).isEqualTo("""
                ID     TITLE            AUTHOR     OUTLET        DATE
                alpha  Alpha on things  A. Writer  Alpha Review  2022-01-10
                beta   Beta's view      -          Beta          2022-01-12
                """);
    }

    /** Newcomer #32: a missing title was blank where every other missing field shows "-". */
    @Test
    void a_missing_title_shows_a_dash_too() {
        var untitled = new org.qantar.model.Source("gamma", null, "G. Writer", "Gamma", "2022-01-13", null,
                "002_gamma.md", "02", null);

        assertThat(CatalogueView.sources(List.of(untitled), Screen.plain(80))).isEqualTo("""
                ID     TITLE  AUTHOR     OUTLET  DATE
                gamma  -      G. Writer  Gamma   2022-01-13
                """);
    }

    @Test
    void conflicts_show_the_status_and_each_side() {
        var e = TinyKb.evaluate("x");

        assertThat(CatalogueView.conflicts(Conflict.find(TinyKb.KB, List.of(), e), TinyKb.KB, Screen.plain(80)))
                .isEqualTo("""
                        z  now CONTESTED
                          z:
                            a-2 (alpha, likely) y => z unless w
                          !z:
                            b-1 (beta, likely) x => !z
                        """);
        assertThat(CatalogueView.conflicts(Conflict.find(TinyKb.KB, List.of("alpha"), e), TinyKb.KB,
                Screen.plain(80))).startsWith("no conflicts");
    }
}
