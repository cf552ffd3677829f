package org.qantar.rules.map.argdown;

import org.junit.jupiter.api.Test;
import org.qantar.rules.map.MapExamples;

import static org.assertj.core.api.Assertions.assertThat;

class ArgdownWriterTest {

    @Test
    void theSmallMapAsArgdown() {
        assertThat(ArgdownWriter.write(MapExamples.small())).isEqualTo("""
                ===
                title: Qantar argument map
                ===

                # Propositions

                [a]: A holds. #assumed {status: "ASSUMED", value: true}

                [b]: B holds. #open {status: "OPEN"}

                [not b]: Not: B holds.
                  >< [b]

                [d]: D holds. #open {status: "OPEN"}

                [x]: X follows. #supported {status: "SUPPORTED", value: true, strength: "stated"}

                [y]: Y follows. #plausible {status: "PLAUSIBLE", value: false}

                [not y]: Not: Y follows.
                  >< [y]

                # Claims

                <c1>: A brings X. “a means x” #(src1) #stated {source: "src1", confidence: "stated", state: "established"}

                (1) [a]
                ----
                (2) [x]

                [d]
                  _> <c1>

                <c2>: X without B rules out Y. “x & not b” #(src2) #possible {source: "src2", confidence: "possible", state: "possible"}

                (1) [x]
                (2) [not b]
                ----
                (3) [not y]
                """);
    }

    @Test
    void markupCharactersInTextAreEscaped() {
        assertThat(ArgdownWriter.text("a [b] #c <d> _e_ *f*")).isEqualTo("a \\[b\\] \\#c \\<d\\> \\_e\\_ \\*f\\*");
    }
}
