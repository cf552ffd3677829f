package org.qantar.rules.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void folds_markup_quotes_dashes_escapes_and_whitespace() {
        String text = "The *National* **Interest** \u2014 it\u2019s a \u201Cmulti-vector\u201D\n   policy\\. See [the site](https://x.org).";

        assertThat(TextNormalizer.normalize(text))
                .isEqualTo("The National Interest - it's a \"multi-vector\" policy. See the site.");
    }

    @Test
    void joins_a_word_broken_across_a_line_and_can_keep_the_hyphen() {
        assertThat(TextNormalizer.normalize("the govern-\nment fell")).isEqualTo("the government fell");
        assertThat(TextNormalizer.normalizeKeepingHyphens("a multi-\n  vector policy")).isEqualTo("a multi-vector policy");
    }

    @Test
    void counts_words_by_blanks() {
        assertThat(TextNormalizer.wordCount("  one two\tthree\nfour ")).isEqualTo(4);
        assertThat(TextNormalizer.wordCount("")).isZero();
    }
}
