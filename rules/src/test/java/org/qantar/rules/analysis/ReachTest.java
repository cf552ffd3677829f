package org.qantar.rules.analysis;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.json.Json;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;
import org.qantar.rules.graph.GraphEvaluator;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReachTest {

    /**
     * x follows from a and b together, or from c, or from e unless f; d contests it. y and g are
     * elsewhere: no change on them can matter.
     */
    static final KnowledgeBase KB = TestKb.builder()
            .drivers("a", "b", "c", "d", "e", "f", "g")
            .outcomes("x", "y")
            .claim("c1", "s1", "a & b -> x")
            .claim("c2", "s1", "c -> x")
            .claim("c3", "s2", "d -> !x")
            .claim("c4", "s2", "e -> x unless f")
            .claim("c5", "s3", "g -> y")
            .build();

    private static ReachResult reach(List<String> assumptions, String target, int k) {
        List<Literal> literals = assumptions.stream().map(Literal::parse).toList();
        return new Reach(Baseline.of(new GraphEvaluator(KB), literals, List.of(), Map.of())).run(Literal.parse(target), k);
    }

    private static Set<String> described(ReachResult result) {
        return result.sets().stream()
                .map(s -> s.changes().stream().map(ReachResult.Change::describe).collect(Collectors.joining(" + ")))
                .collect(Collectors.toSet());
    }

    @Test
    void findsExactlyTheMinimalSets() {
        // given d assumed: !x is possible, so x cannot be supported until d goes

        // when
        ReachResult result = reach(List.of("d"), "x", 3);

        // then: lose d (drop it or flip it), then any one way to x; nothing larger, nothing about g or y
        assertThat(result.now()).isEqualTo("SUPPORTED false");
        assertThat(described(result)).containsExactlyInAnyOrder(
                "assume c + unassume d", "assume c + assume !d (was d)",
                "unassume d + assume e", "assume !d (was d) + assume e",
                "assume a + assume b + unassume d", "assume a + assume b + assume !d (was d)");
        assertThat(result.sets()).extracting(s -> s.changes().size()).isSorted();
        ReachResult.ChangeSet viaC = result.sets().stream()
                .filter(s -> s.changes().get(0).literal().equals("c")).findFirst().orElseThrow();
        assertThat(viaC.carriedBy()).containsExactly("c2");
    }

    @Test
    void stopsAtTheMaximumNumberOfChanges() {
        // when at most two changes are allowed, a-and-b is out of reach
        ReachResult result = reach(List.of("d"), "x", 2);

        // then
        assertThat(result.sets()).hasSize(4).allSatisfy(s -> assertThat(s.changes()).hasSize(2));
        assertThat(reach(List.of("d"), "x", 1).sets()).isEmpty();
    }

    @Test
    void anAssumedTargetMustBeUnassumedNotReassumed() {
        // given x assumed false, c assumed: dropping the assumption lets c carry x
        ReachResult result = reach(List.of("!x", "c"), "x", 2);

        // then assuming x itself never counts; unassuming it is the one minimal change
        assertThat(result.now()).isEqualTo("ASSUMED false");
        assertThat(described(result)).containsExactly("unassume x (was !x)");
        assertThat(result.sets().get(0).carriedBy()).containsExactly("c2");
    }

    @Test
    void anAlreadySupportedTargetNeedsNoChange() {
        // when
        ReachResult result = reach(List.of("c"), "x", 3);

        // then
        assertThat(result.alreadySupported()).isTrue();
        assertThat(result.sets().get(0).carriedBy()).containsExactly("c2");
    }

    @Test
    void aDefeaterIsWorkedAround() {
        // given f assumed: e's claim is defeated
        ReachResult result = reach(List.of("f", "e"), "x", 1);

        // then dropping f or flipping it works, as does c; a and b need two
        assertThat(described(result)).containsExactlyInAnyOrder(
                "assume c", "unassume f", "assume !f (was f)");
    }

    @Test
    void equalsABruteForceOverEverySetOfChanges() {
        // given random knowledge bases and assumptions
        int found = 0;
        int larger = 0;
        for (long seed = 1; seed <= 6; seed++) {
            KnowledgeBase kb = TestKb.synthetic(seed, 5, 5, 14);
            GraphEvaluator graph = new GraphEvaluator(kb);
            List<Literal> assumptions = List.of(Literal.parse("d01"), Literal.parse("!o02"), Literal.parse("o04"));
            for (String target : List.of("o00", "!o01", "o02", "o03", "!o04")) {
                Literal t = Literal.parse(target);

                // when
                ReachResult result = new Reach(Baseline.of(graph, assumptions, List.of(), Map.of())).run(t, 3);

                // then
                Set<Set<String>> expected = bruteForce(kb, graph, assumptions, t, 3);
                Set<Set<String>> actual = result.sets().stream()
                        .map(s -> s.changes().stream().map(ReachResult.Change::describe).collect(Collectors.toSet()))
                        .collect(Collectors.toSet());
                assertThat(actual).as("seed %d target %s", seed, target).isEqualTo(expected);
                found += actual.size();
                larger += (int) actual.stream().filter(set -> set.size() > 1).count();
            }
        }
        // and the comparison is not vacuous
        assertThat(found).isGreaterThan(30);
        assertThat(larger).isGreaterThan(10);
    }

    /** Every set of at most k changes over every proposition, kept if it works and no subset does. */
    private static Set<Set<String>> bruteForce(KnowledgeBase kb, GraphEvaluator graph, List<Literal> assumptions,
                                               Literal target, int k) {
        List<List<ReachResult.Change>> options = new ArrayList<>();
        Map<String, Literal> assumed = new LinkedHashMap<>();
        assumptions.forEach(l -> assumed.put(l.proposition(), l));
        for (String id : kb.propositionIds()) {
            Literal a = assumed.get(id);
            List<ReachResult.Change> forId = new ArrayList<>();
            if (a != null) {
                forId.add(new ReachResult.Change(ReachResult.Kind.REMOVE, a.toString()));
                forId.add(new ReachResult.Change(ReachResult.Kind.FLIP, a.negate().toString()));
            } else {
                forId.add(new ReachResult.Change(ReachResult.Kind.ADD, id));
                forId.add(new ReachResult.Change(ReachResult.Kind.ADD, "!" + id));
            }
            options.add(forId);
        }
        List<List<ReachResult.Change>> working = new ArrayList<>();
        collect(options, 0, new ArrayList<>(), k, set -> {
            Map<String, Literal> after = new LinkedHashMap<>(assumed);
            for (ReachResult.Change c : set) {
                Literal l = Literal.parse(c.literal());
                if (c.change() == ReachResult.Kind.REMOVE) {
                    after.remove(l.proposition());
                } else {
                    after.put(l.proposition(), l);
                }
            }
            PropositionStatus s = graph.evaluate(after.values(), kb.sourceIds()).status(target.proposition()).orElseThrow();
            if (s.status() == Status.SUPPORTED && s.value() == target.value()) {
                working.add(List.copyOf(set));
            }
        });
        Set<Set<String>> minimal = new HashSet<>();
        for (List<ReachResult.Change> w : working) {
            boolean hasWorkingSubset = working.stream().anyMatch(o -> o.size() < w.size() && w.containsAll(o));
            if (!hasWorkingSubset) {
                minimal.add(w.stream().map(ReachResult.Change::describe).collect(Collectors.toSet()));
            }
        }
        return minimal;
    }

    private static void collect(List<List<ReachResult.Change>> options, int from, List<ReachResult.Change> set, int k,
                                java.util.function.Consumer<List<ReachResult.Change>> sink) {
        sink.accept(set);
        if (set.size() == k) {
            return;
        }
        for (int i = from; i < options.size(); i++) {
            for (ReachResult.Change c : options.get(i)) {
                set.add(c);
                collect(options, i + 1, set, k, sink);
                set.remove(set.size() - 1);
            }
        }
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> reach(List.of(), "x", 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> reach(List.of(), "xx", 2)).hasMessageContaining("unknown proposition 'xx'");
        Reach big = new Reach(Baseline.of(new GraphEvaluator(TestKb.synthetic(2, 40, 40, 200)), List.of(), List.of(), Map.of()));
        assertThatThrownBy(() -> big.run(Literal.parse("o39"), 6)).hasMessageContaining("ask for fewer changes");
    }

    @Test
    void jsonHasTheDocumentedShape() {
        // when
        JsonNode json = Json.tree(Json.write(reach(List.of("d"), "x", 2)));

        // then
        assertThat(SimulationTest.fieldNames(json)).containsExactly("target", "now", "maxChanges", "sets");
        JsonNode set = json.get("sets").get(0);
        assertThat(SimulationTest.fieldNames(set)).containsExactly("changes", "carriedBy");
        assertThat(SimulationTest.fieldNames(set.get("changes").get(0))).containsExactly("change", "literal");
        assertThat(set.get("changes").get(0).get("change").asString()).isIn("add", "flip", "remove");
    }
}
