package org.qantar.shell.input;

import org.junit.jupiter.api.Test;
import org.qantar.shell.errors.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenizerTest {

    @Test
    void splits_on_blanks_keeping_quoted_text_together() {
        assertThat(Tokenizer.words("  assume a  !b ")).containsExactly("assume", "a", "!b");
        assertThat(Tokenizer.words("kb verify --texts \"/my texts\"")).containsExactly("kb", "verify", "--texts", "/my texts");
        assertThat(Tokenizer.words("x 'it''s' \"say \\\"hi\\\"\"")).containsExactly("x", "its", "say \"hi\"");
        assertThat(Tokenizer.words("a\\ b")).containsExactly("a b");
    }

    @Test
    void a_hash_at_the_start_of_a_word_starts_a_comment() {
        assertThat(Tokenizer.words("# all comment")).isEmpty();
        assertThat(Tokenizer.words("status # why not")).containsExactly("status");
        assertThat(Tokenizer.words("lens a#b")).containsExactly("lens", "a#b");
    }

    @Test
    void an_unclosed_quote_is_a_usage_error() {
        assertThatThrownBy(() -> Tokenizer.words("why 'x")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("unclosed ' quote");
    }
}
