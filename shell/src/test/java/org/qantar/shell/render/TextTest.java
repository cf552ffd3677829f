package org.qantar.shell.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void wraps_at_spaces_and_cuts_words_longer_than_a_line() {
        assertThat(Text.wrap("the quick brown fox jumps", 10)).containsExactly("the quick", "brown fox", "jumps");
        assertThat(Text.wrap("abcdefghijkl xy", 5)).containsExactly("abcde", "fghij", "kl xy");
        assertThat(Text.wrap("", 5)).containsExactly("");
        assertThat(Text.wrap("one\ntwo", 20)).containsExactly("one", "two");
    }

    /** Newcomer #29: the JSON shapes in help broke inside names ("PLAUS" / "IBLE_FALSE"). */
    @Test
    void a_word_longer_than_a_line_breaks_after_a_comma_or_colon_when_one_fits() {
        assertThat(Text.wrap("{\"samples\":N,\"seed\":S,\"outcomes\":[]}", 16))
                .containsExactly("{\"samples\":N,", "\"seed\":S,", "\"outcomes\":[]}");
        assertThat(Text.wrap("abcdefghijkl", 5)).containsExactly("abcde", "fghij", "kl");
    }

    @Test
    void parts_are_packed_into_lines_breaking_only_between_them() {
        assertThat(Text.packParts(List.of("lens all", "floor likely", "record on"), " · ", 24))
                .containsExactly("lens all · floor likely", "record on");
        assertThat(Text.packParts(List.of("a", "b", "c"), " · ", 80)).containsExactly("a · b · c");
        assertThat(Text.packParts(List.of("ab", "one two three four"), " ", 9))
                .containsExactly("ab", "one two", "three", "four");
        assertThat(Text.packParts(List.of(), " ", 10)).containsExactly("");
    }

    @Test
    void truncates_with_an_ellipsis_and_pads_by_code_points() {
        assertThat(Text.truncate("abcdef", 4)).isEqualTo("abc…");
        assertThat(Text.truncate("abc", 4)).isEqualTo("abc");
        assertThat(Text.padRight("→", 3)).isEqualTo("→  ");
        assertThat(Text.padLeft("ab", 4)).isEqualTo("  ab");
        assertThat(Text.width("“é”")).isEqualTo(3);
    }
}
