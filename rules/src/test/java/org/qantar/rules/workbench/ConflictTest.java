package org.qantar.rules.workbench;

import org.junit.jupiter.api.Test;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.analysis.TestKb;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictTest {

    @Test
    void a_source_that_concludes_both_values_is_a_conflict_and_is_named() {
        // given s1 concludes x from a and !x from b; s2 has nothing to say on y but b -> y
        KnowledgeBase kb = TestKb.builder().drivers("a", "b").outcomes("x", "y")
                .claim("s1-1", "s1", "a -> x").claim("s1-2", "s1", "b -> !x").claim("s2-1", "s2", "b -> y").build();
        Evaluation e = new GraphEvaluator(kb).evaluate(List.of(), List.of());

        // when
        List<Conflict> conflicts = Conflict.find(kb, List.of(), e);

        // then
        assertThat(conflicts).extracting(Conflict::proposition).containsExactly("x");
        assertThat(conflicts.get(0).selfContradicting(kb)).containsExactly("s1");
        assertThat(Conflict.find(kb, List.of("s2"), e)).isEmpty();
    }

    @Test
    void two_sources_disagreeing_contradict_neither_themselves() {
        KnowledgeBase kb = TestKb.builder().drivers("a", "b").outcomes("x")
                .claim("s1-1", "s1", "a -> x").claim("s2-1", "s2", "b -> !x").build();
        Evaluation e = new GraphEvaluator(kb).evaluate(List.of(), List.of());

        List<Conflict> conflicts = Conflict.find(kb, List.of(), e);

        assertThat(conflicts).extracting(Conflict::proposition).containsExactly("x");
        assertThat(conflicts.get(0).selfContradicting(kb)).isEmpty();
    }
}
