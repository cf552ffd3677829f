package org.qantar.shell.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {

    private static Table sample() {
        return Table.of(Table.Column.of("ID"), Table.Column.wrapping("TEXT"), Table.Column.right("N"))
                .row("a", "short", "1")
                .row("bbb", "a much longer text that will not fit in a narrow screen", "22");
    }

    @Test
    void columns_take_their_widest_cell_when_everything_fits() {
        assertThat(sample().render(Screen.plain(100))).isEqualTo("""
                ID   TEXT                                                      N
                a    short                                                     1
                bbb  a much longer text that will not fit in a narrow screen  22
                """);
    }

    @Test
    void a_wrapping_column_gives_up_width_first_and_wraps() {
        String out = sample().render(Screen.plain(40));

        assertThat(out).isEqualTo("""
                ID   TEXT                              N
                a    short                             1
                bbb  a much longer text that will     22
                     not fit in a narrow screen
                """);
        assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    }

    @Test
    void colour_wraps_the_text_only_so_alignment_is_kept() {
        Table t = Table.of(Table.Column.of("S"), Table.Column.of("V"))
                .row(new Table.Cell("OPEN", Style.DIM), Table.Cell.of("x"));

        String out = t.render(new Screen(40, true));

        assertThat(out).contains("\u001b[2mOPEN\u001b[0m  x");
        assertThat(out.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo("S     V\nOPEN  x\n");
    }

    @Test
    void when_no_column_wraps_the_widest_is_cut_with_an_ellipsis() {
        Table t = Table.of(Table.Column.of("A"), Table.Column.of("B"))
                .row("x".repeat(30), "y".repeat(30));

        String out = t.render(Screen.plain(40));

        assertThat(out.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
        assertThat(out).contains("…");
    }

    @Test
    void a_wrapping_column_with_a_short_header_keeps_room_for_words_and_the_others_are_cut() {
        Table t = Table.of(Table.Column.of("ID"), Table.Column.wrapping("T"), Table.Column.of("OUTLET"))
                .row("cornell-ni", "Kazakhstan's Crisis Calls for a Central Asia Policy Reboot",
                        "Europe's Edge (Center for European Policy Analysis)");

        int[] widths = t.layout(40);

        assertThat(widths[1]).isEqualTo(12);
        assertThat(widths[0] + widths[1] + widths[2] + 4).isLessThanOrEqualTo(40);
    }
}
