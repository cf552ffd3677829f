package org.qantar.rules.map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentMapTest {

    @Test
    void upstreamOfAConclusionIsItsClaimAndThatClaimsLiterals() {
        ArgumentMap around = MapExamples.small().around("x", ArgumentMap.UNLIMITED, false);

        assertThat(around.claims()).extracting(ClaimNode::id).containsExactly("c1");
        assertThat(around.propositions()).extracting(PropositionNode::id).containsExactly("a", "d", "x");
        assertThat(around.edges()).hasSize(3);
        assertThat(around.focus()).isEqualTo("x");
    }

    @Test
    void depthCountsClaimSteps() {
        ArgumentMap one = MapExamples.small().around("y", 1, false);
        ArgumentMap two = MapExamples.small().around("y", 2, false);

        assertThat(one.claims()).extracting(ClaimNode::id).containsExactly("c2");
        assertThat(one.propositions()).extracting(PropositionNode::id).containsExactly("b", "x", "y");
        assertThat(two.claims()).extracting(ClaimNode::id).containsExactly("c1", "c2");
    }

    @Test
    void bothAddsWhatTheFocusLeadsTo() {
        assertThat(MapExamples.small().around("a", 5, false).claims()).isEmpty();
        assertThat(MapExamples.small().around("a", 5, true).claims()).extracting(ClaimNode::id)
                .containsExactly("c1", "c2");
        assertThat(MapExamples.small().around("a", 1, true).claims()).extracting(ClaimNode::id)
                .containsExactly("c1");
    }

    @Test
    void anUnknownFocusOrADepthBelowOneIsRefused() {
        assertThatThrownBy(() -> MapExamples.small().around("zz", 1, false)).hasMessageContaining("zz");
        assertThatThrownBy(() -> MapExamples.small().around("x", 0, false)).hasMessageContaining("depth");
    }

    @Test
    void anEdgeLeavingTheMapIsRefused() {
        ArgumentMap m = MapExamples.small();
        java.util.List<Edge> edges = new java.util.ArrayList<>(m.edges());
        edges.add(new Edge("zz", "c1", Edge.EdgeKind.PREMISE, true));

        assertThatThrownBy(() -> new ArgumentMap(m.propositions(), m.claims(), edges, null))
                .hasMessageContaining("zz");
    }
}
