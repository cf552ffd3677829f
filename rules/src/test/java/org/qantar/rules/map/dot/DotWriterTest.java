package org.qantar.rules.map.dot;

import org.junit.jupiter.api.Test;
import org.qantar.rules.map.MapExamples;

import static org.assertj.core.api.Assertions.assertThat;

class DotWriterTest {

    @Test
    void theSmallMapAsGraphviz() {
        assertThat(DotWriter.write(MapExamples.small())).isEqualTo("""
                digraph "argument map" {
                  rankdir=LR;
                  node [fontname="Helvetica", fontsize=11];
                  edge [fontname="Helvetica", fontsize=9];
                  "p:a" [shape=box, style="filled,bold", fillcolor="#7DB9E3", peripheries=2, label="◆ a\\nASSUMED true"];
                  "p:b" [shape=box, style="filled,dotted", fillcolor="#FFFFFF", label="○ b\\nOPEN"];
                  "p:d" [shape=box, style="filled,dotted", fillcolor="#FFFFFF", label="○ d\\nOPEN"];
                  "p:x" [shape=box, style="filled", fillcolor="#7DB9E3", label="● x\\nSUPPORTED true · stated"];
                  "p:y" [shape=box, style="filled,dashed", fillcolor="#FBE5D6", label="◐ y\\nPLAUSIBLE false"];
                  "c:c1" [shape=ellipse, fontsize=9, style="solid", label="c1\\nsrc1 · stated"];
                  "c:c2" [shape=ellipse, fontsize=9, style="dashed", label="c2\\nsrc2 · possible\\npossible"];
                  "p:a" -> "c:c1";
                  "p:d" -> "c:c1" [style=dashed, arrowhead=tee, label="unless"];
                  "c:c1" -> "p:x";
                  "p:x" -> "c:c2";
                  "p:b" -> "c:c2" [label="not"];
                  "c:c2" -> "p:y" [label="not"];
                }
                """);
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(DotWriter.quote("say \"no\"\\")).isEqualTo("\"say \\\"no\\\"\\\\\"");
    }
}
