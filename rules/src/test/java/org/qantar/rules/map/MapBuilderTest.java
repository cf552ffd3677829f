package org.qantar.rules.map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.Engine;
import org.qantar.rules.ShippedEngine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;
import org.qantar.rules.map.svg.SvgMapWriter;
import org.qantar.rules.map.text.TextMapWriter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The map of the shipped knowledge base, read off a real evaluation. */
class MapBuilderTest {

    private static Engine engine;
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        engine = ShippedEngine.get();
        kb = engine.knowledgeBase();
    }

    @Test
    void everyPropositionAndEveryCountedClaimIsOnTheMapWithItsEdges() {
        Evaluation e = engine.evaluate(List.of(), kb.sourceIds());

        ArgumentMap map = MapBuilder.of(kb, e);

        assertThat(map.propositions()).hasSize(kb.propositions().size());
        assertThat(map.claims()).hasSize(kb.claims().size());
        int edges = kb.claims().stream().mapToInt(c -> c.premises().size() + c.unless().size() + 1).sum();
        assertThat(map.edges()).hasSize(edges);
    }

    @Test
    void statusesAreTheEvaluationsOwn() {
        Literal first = Literal.parse(kb.propositions().get(0).id());
        Evaluation e = engine.evaluate(List.of(first), kb.sourceIds());

        ArgumentMap map = MapBuilder.of(kb, e);

        for (PropositionNode p : map.propositions()) {
            PropositionStatus s = e.status(p.id()).orElseThrow();
            assertThat(p.label()).isEqualTo(s.label());
        }
        assertThat(map.proposition(first.proposition()).orElseThrow().status()).isEqualTo(Status.ASSUMED);
    }

    @Test
    void aLensLeavesOutTheClaimsItDoesNotCount() {
        String source = kb.claims().get(0).source();
        Evaluation e = engine.evaluate(List.of(), List.of(source));

        ArgumentMap map = MapBuilder.of(kb, e);

        assertThat(map.claims()).extracting(ClaimNode::id)
                .containsExactlyElementsOf(kb.claimsOf(source).stream().map(Claim::id).toList());
        assertThat(map.propositions()).hasSize(kb.propositions().size());
    }

    @Test
    void aClaimEstablishesOnlyWhatItsConclusionShows() {
        Evaluation e = engine.evaluate(List.of(), kb.sourceIds());
        ArgumentMap map = MapBuilder.of(kb, e);

        for (ClaimNode c : map.claims()) {
            if (c.state() == ClaimState.ESTABLISHED) {
                Claim claim = kb.claim(c.id()).orElseThrow();
                assertThat(e.strata().established()).contains(claim.conclusion());
            }
        }
    }

    @Test
    void theWholeGraphDrawsAndWritesEveryNodeOnce() {
        Evaluation e = engine.evaluate(List.of(), kb.sourceIds());
        ArgumentMap map = MapBuilder.of(kb, e);

        String svg = SvgMapWriter.write(map);
        String text = TextMapWriter.write(map);

        assertThat(count(svg, "class=\"node proposition")).isEqualTo(map.propositions().size());
        assertThat(count(svg, "class=\"node claim")).isEqualTo(map.claims().size());
        long fullClaimLines = text.lines().filter(l -> !l.endsWith("(above)"))
                .filter(l -> map.claims().stream().anyMatch(c -> l.strip().startsWith(c.id() + " ("))).count();
        assertThat(fullClaimLines).isEqualTo(map.claims().size());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
