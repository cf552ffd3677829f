package org.qantar.rules.map.aif;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.ClaimNode;
import org.qantar.rules.map.ClaimState;
import org.qantar.rules.map.Edge;
import org.qantar.rules.map.MapExamples;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AifWriterTest {

    @Test
    void theSmallMapAsAifNodes() {
        AifDocument doc = AifWriter.document(MapExamples.small());

        assertThat(doc.nodes()).extracting(n -> n.nodeID() + " " + n.type() + " " + n.text()).containsExactly(
                "1 I A holds.",
                "2 I not: B holds.",
                "3 I D holds.",
                "4 I X follows.",
                "5 I not: Y follows.",
                "6 RA Default Inference",
                "7 CA Default Conflict",
                "8 L src1: a means x",
                "9 YA Arguing",
                "10 RA Default Inference",
                "11 L src2: x & not b",
                "12 YA Arguing");
    }

    @Test
    void theSmallMapAsAifEdges() {
        AifDocument doc = AifWriter.document(MapExamples.small());

        assertThat(doc.edges()).extracting(e -> e.edgeID() + ": " + e.fromID() + ">" + e.toID()).containsExactly(
                "1: 1>6", "2: 6>4", "3: 3>7", "4: 7>6", "5: 8>9", "6: 9>6",
                "7: 4>10", "8: 2>10", "9: 10>5", "10: 11>12", "11: 12>10");
        assertThat(doc.locutions()).extracting(l -> l.nodeID() + " " + l.personID()).containsExactly("8 src1", "11 src2");
    }

    @Test
    void confidenceAndSourceRideInTheExtensionField() {
        AifDocument doc = AifWriter.document(MapExamples.small());

        assertThat(doc.nodes().get(5).qantar()).containsEntry("claim", "c1").containsEntry("source", "src1")
                .containsEntry("confidence", "stated");
        assertThat(doc.nodes().get(9).qantar()).containsEntry("confidence", "possible");
        assertThat(doc.nodes().get(1).qantar()).containsEntry("literal", "!b").containsEntry("status", "OPEN");
        assertThat(AifWriter.write(MapExamples.small())).contains("\"nodeID\" : \"1\"").contains("\"fromID\"");
    }

    @Test
    void aLiteralAndItsNegationConflictBothWays() {
        ArgumentMap m = MapExamples.small();
        List<ClaimNode> claims = new ArrayList<>(m.claims());
        claims.add(new ClaimNode("c3", "src1", "D denies X", Confidence.LIKELY, "", "", ClaimState.IDLE, false));
        List<Edge> edges = new ArrayList<>(m.edges());
        edges.add(new Edge("d", "c3", Edge.EdgeKind.PREMISE, true));
        edges.add(new Edge("c3", "x", Edge.EdgeKind.CONCLUSION, false));

        AifDocument doc = AifWriter.document(new ArgumentMap(m.propositions(), claims, edges, null));

        String x = idOf(doc, "x");
        String notX = idOf(doc, "!x");
        List<String> negations = doc.nodes().stream()
                .filter(n -> n.qantar() != null && "x".equals(n.qantar().get("negation"))).map(AifDocument.Node::nodeID)
                .toList();
        assertThat(negations).hasSize(2);
        List<String> pairs = doc.edges().stream().map(e -> e.fromID() + ">" + e.toID()).toList();
        assertThat(pairs).contains(x + ">" + negations.get(0), negations.get(0) + ">" + notX,
                notX + ">" + negations.get(1), negations.get(1) + ">" + x);
    }

    @Test
    void readingBackGivesTheSameMap() {
        ArgumentMap small = MapExamples.small();

        assertThat(AifReader.read(AifWriter.write(small))).isEqualTo(small);
    }

    private static String idOf(AifDocument doc, String literal) {
        return doc.nodes().stream().filter(n -> n.qantar() != null && literal.equals(n.qantar().get("literal")))
                .findFirst().orElseThrow().nodeID();
    }
}
