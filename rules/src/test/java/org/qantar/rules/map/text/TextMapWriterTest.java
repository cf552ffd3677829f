package org.qantar.rules.map.text;

import org.junit.jupiter.api.Test;
import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.MapExamples;

import static org.assertj.core.api.Assertions.assertThat;

class TextMapWriterTest {

    @Test
    void theWholeMapHangsFromThePropositionsNoClaimUses() {
        assertThat(TextMapWriter.write(MapExamples.small())).isEqualTo("""
                ◐ y PLAUSIBLE false
                  c2 (src2, possible, possible) ⇒ !y
                    ● x SUPPORTED true · stated
                      c1 (src1, stated, established) ⇒ x
                        ◆ a ASSUMED true
                        unless ○ d OPEN
                    ○ !b OPEN
                """);
    }

    @Test
    void aFocusShowsWhatLeadsToItThenWhatItLeadsTo() {
        ArgumentMap around = MapExamples.small().around("x", 1, true);

        assertThat(TextMapWriter.write(around)).isEqualTo("""
                ● x SUPPORTED true · stated
                  c1 (src1, stated, established) ⇒ x
                    ◆ a ASSUMED true
                    unless ○ d OPEN
                leads to:
                  c2 (src2, possible, possible) ⇒ !y
                    ● x SUPPORTED true · stated (above)
                    ○ !b OPEN
                    so ◐ !y PLAUSIBLE false
                """);
    }

    @Test
    void upstreamOnlyLeavesOutWhatTheFocusLeadsTo() {
        String text = TextMapWriter.write(MapExamples.small().around("x", 1, false));

        assertThat(text).doesNotContain("c2").doesNotContain("leads to");
        assertThat(text.lines()).hasSize(4);
    }
}
