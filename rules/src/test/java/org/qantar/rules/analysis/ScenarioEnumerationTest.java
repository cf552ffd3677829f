package org.qantar.rules.analysis;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.model.json.Json;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.graph.GraphEvaluator;
import tools.jackson.databind.JsonNode;

import org.qantar.model.Confidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qantar.rules.analysis.StatusValue.CONTESTED;
import static org.qantar.rules.analysis.StatusValue.OPEN;
import static org.qantar.rules.analysis.StatusValue.PLAUSIBLE_TRUE;
import static org.qantar.rules.analysis.StatusValue.SUPPORTED_FALSE;
import static org.qantar.rules.analysis.StatusValue.SUPPORTED_TRUE;

class ScenarioEnumerationTest {

    private static ScenarioEnumeration enumeration(KnowledgeBase kb, List<Literal> assumptions) {
        return new ScenarioEnumeration(Baseline.of(new GraphEvaluator(kb), assumptions, List.of(), Map.of()));
    }

    @Test
    void groupsTheEightWorldsIntoTheirSixProfiles() {
        // given SimulationTest.SMALL: x = a&b vs c; y (and z) on b unless a

        // when
        EnumerationResult result = enumeration(SimulationTest.SMALL, List.of()).run();

        // then (worked out by hand; world bits: a = 1, b = 2, c = 4)
        assertThat(result.drivers()).containsExactly("a", "b", "c");
        assertThat(result.worlds()).isEqualTo(8);
        assertThat(result.profiles()).hasSize(6);
        assertProfile(result.profiles().get(0), 2, OPEN, OPEN, List.of("!a", "!b", "!c"), List.of("!b", "!c"));
        assertProfile(result.profiles().get(1), 2, SUPPORTED_FALSE, OPEN, List.of("!a", "!b", "c"), List.of("!b", "c"));
        assertProfile(result.profiles().get(2), 1, OPEN, SUPPORTED_TRUE, List.of("!a", "b", "!c"), List.of("!a", "b", "!c"));
        assertProfile(result.profiles().get(3), 1, SUPPORTED_TRUE, PLAUSIBLE_TRUE, List.of("a", "b", "!c"), List.of("a", "b", "!c"));
        assertProfile(result.profiles().get(4), 1, SUPPORTED_FALSE, SUPPORTED_TRUE, List.of("!a", "b", "c"), List.of("!a", "b", "c"));
        assertProfile(result.profiles().get(5), 1, CONTESTED, PLAUSIBLE_TRUE, List.of("a", "b", "c"), List.of("a", "b", "c"));
        assertThat(result.profiles().get(0).share()).isEqualTo(0.25);
    }

    private static void assertProfile(EnumerationResult.Profile p, long count, StatusValue x, StatusValue yz,
                                      List<String> representative, List<String> conditions) {
        assertThat(p.count()).isEqualTo(count);
        assertThat(p.outcomes()).containsExactly(Map.entry("x", x), Map.entry("y", yz), Map.entry("z", yz));
        assertThat(p.representative()).isEqualTo(representative);
        assertThat(p.conditions()).isEqualTo(conditions);
    }

    @Test
    void driversNotChosenStayUnassumed() {
        // when only a and b are enumerated, c is neither true nor false: nothing contests x
        EnumerationResult result = enumeration(SimulationTest.SMALL, List.of()).run(List.of("b", "a"), 1, f -> { });

        // then
        assertThat(result.drivers()).containsExactly("b", "a");
        assertThat(result.leftUnassumed()).containsExactly("c");
        assertThat(result.worlds()).isEqualTo(4);
        assertThat(result.profiles()).extracting(p -> p.outcomes().get("x")).containsOnly(OPEN, SUPPORTED_TRUE);
        assertThat(result.profiles()).extracting(EnumerationResult.Profile::count).containsExactly(2L, 1L, 1L);
        // representatives list the drivers in the order asked
        assertThat(result.profiles().get(0).representative()).containsExactly("!b", "!a");
    }

    @Test
    void assumedDriversAreHeldFixed() {
        // when c is assumed, only a and b vary
        EnumerationResult result = enumeration(SimulationTest.SMALL, List.of(Literal.parse("c"))).run();

        // then x is never supported true: c contests or refutes it
        assertThat(result.drivers()).containsExactly("a", "b");
        assertThat(result.profiles().stream().mapToLong(EnumerationResult.Profile::count).sum()).isEqualTo(4);
        assertThat(result.profiles()).extracting(p -> p.outcomes().get("x")).containsOnly(SUPPORTED_FALSE, CONTESTED);
    }

    @Test
    void countsEqualABruteForceOverFullEvaluations() {
        // given a random knowledge base, one assumption, a lens of three sources
        KnowledgeBase kb = TestKb.synthetic(5, 10, 15, 45);
        List<Literal> assumptions = List.of(Literal.parse("o03"));
        List<String> lens = List.of("s0", "s1", "s3");
        GraphEvaluator graph = new GraphEvaluator(kb);
        List<String> drivers = kb.propositions().stream().filter(Proposition::isDriver).map(Proposition::id).toList();

        // when
        EnumerationResult result = new ScenarioEnumeration(Baseline.of(graph, assumptions, lens, Map.of()))
                .run(List.of(), 2, f -> { });

        // then every world, evaluated in full, lands in a profile of the same size
        Map<Map<String, String>, Long> expected = new HashMap<>();
        for (int world = 0; world < 1 << drivers.size(); world++) {
            List<Literal> literals = new ArrayList<>(assumptions);
            for (int j = 0; j < drivers.size(); j++) {
                literals.add(new Literal(drivers.get(j), (world >>> j & 1) == 1));
            }
            Evaluation e = graph.evaluate(literals, lens);
            Map<String, String> profile = new HashMap<>();
            for (PropositionStatus s : e.statuses()) {
                if (kb.proposition(s.id()).orElseThrow().isOutcome() && !s.id().equals("o03")) {
                    profile.put(s.id(), s.label());
                }
            }
            expected.merge(profile, 1L, Long::sum);
        }
        Map<Map<String, String>, Long> actual = new HashMap<>();
        for (EnumerationResult.Profile p : result.profiles()) {
            Map<String, String> profile = new HashMap<>();
            p.outcomes().forEach((id, sv) -> profile.put(id, sv.label()));
            actual.put(profile, p.count());
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(result.profiles().size()).isGreaterThan(16);
    }

    @Test
    void batchedParallelEnumerationEqualsOneWorldAtATime() {
        // given seeded synthetic knowledge bases: fewer drivers than a batch has lanes, a few
        // batches, and more outcomes than a key word holds (keys of two words per plane); a lens and
        // a confidence floor on one of them, an assumed outcome on another
        record Case(KnowledgeBase kb, List<Literal> assumptions, List<String> lens, Confidence floor) {
        }
        List<Case> cases = List.of(
                new Case(TestKb.synthetic(11, 3, 10, 30), List.of(), List.of(), Confidence.POSSIBLE),
                new Case(TestKb.synthetic(12, 9, 20, 60), List.of(Literal.parse("!o04")), List.of(), Confidence.POSSIBLE),
                new Case(TestKb.synthetic(13, 13, 70, 160), List.of(), List.of("s0", "s2", "s4"), Confidence.LIKELY),
                new Case(TestKb.synthetic(14, 12, 30, 90), List.of(), List.of(), Confidence.STATED));
        for (Case c : cases) {
            Baseline baseline = Baseline.of(new GraphEvaluator(c.kb()), c.assumptions(), c.lens(), Map.of(), true, c.floor());
            List<EnumerationResult.Profile> expected = oneWorldAtATime(baseline);
            for (int threads : new int[]{1, 2, 3}) {
                // when
                EnumerationResult result = new ScenarioEnumeration(baseline).run(List.of(), threads, f -> { });

                // then the same profiles, each with the same worlds (count, first world, common
                // values), in the same order: a world dropped or counted twice changes a count
                assertThat(result.profiles()).as("%s on %d threads", c.kb().propositionIds(), threads)
                        .isEqualTo(expected);
                assertThat(result.profiles().stream().mapToLong(EnumerationResult.Profile::count).sum())
                        .isEqualTo(result.worlds());
            }
        }
    }

    /**
     * The straightforward enumeration: each world through the scalar evaluator, its profile a list of
     * status-values, grouped in a hash map; sorted most worlds first, then earliest world.
     */
    private static List<EnumerationResult.Profile> oneWorldAtATime(Baseline baseline) {
        int[] drivers = baseline.freeDrivers();
        int[] outcomes = baseline.freeOutcomes();
        GraphEvaluator.Workspace w = baseline.newWorkspace();
        record Seen(List<StatusValue> outcomes, long[] count, int first, int[] ones, int[] zeros) {
        }
        Map<List<StatusValue>, Seen> seen = new LinkedHashMap<>();
        int worlds = 1 << drivers.length;
        for (int world = 0; world < worlds; world++) {
            for (int j = 0; j < drivers.length; j++) {
                w.assumed[2 * drivers[j]] = (world >>> j & 1) == 1;
                w.assumed[2 * drivers[j] + 1] = (world >>> j & 1) == 0;
            }
            baseline.graph().evaluate(w);
            List<StatusValue> profile = new ArrayList<>();
            for (int o : outcomes) {
                profile.add(StatusValue.ofCode(GraphEvaluator.statusCode(w, o)));
            }
            int at = world;
            Seen s = seen.computeIfAbsent(profile, k -> new Seen(k, new long[1], at, new int[]{-1}, new int[]{-1}));
            s.count()[0]++;
            s.ones()[0] &= world;
            s.zeros()[0] &= ~world;
        }
        List<Seen> sorted = new ArrayList<>(seen.values());
        sorted.sort(Comparator.comparingLong((Seen s) -> -s.count()[0]).thenComparingInt(Seen::first));
        List<EnumerationResult.Profile> profiles = new ArrayList<>();
        for (Seen s : sorted) {
            Map<String, StatusValue> byId = new LinkedHashMap<>();
            for (int o = 0; o < outcomes.length; o++) {
                byId.put(baseline.id(outcomes[o]), s.outcomes().get(o));
            }
            List<String> representative = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            for (int j = 0; j < drivers.length; j++) {
                String id = baseline.id(drivers[j]);
                representative.add((s.first() >>> j & 1) == 1 ? id : "!" + id);
                if ((s.ones()[0] >>> j & 1) == 1) {
                    conditions.add(id);
                } else if ((s.zeros()[0] >>> j & 1) == 1) {
                    conditions.add("!" + id);
                }
            }
            profiles.add(new EnumerationResult.Profile(s.count()[0], (double) s.count()[0] / worlds, byId,
                    representative, conditions));
        }
        return profiles;
    }

    @Test
    void transposesABitMatrix() {
        // given a random 64 x 64 bit matrix
        java.util.Random random = new java.util.Random(1);
        long[] m = new long[64];
        for (int i = 0; i < 64; i++) {
            m[i] = random.nextLong();
        }
        long[] t = m.clone();

        // when
        ScenarioEnumeration.transpose(t);

        // then
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                assertThat(t[j] >>> i & 1).as("bit %d of row %d", i, j).isEqualTo(m[i] >>> j & 1);
            }
        }
    }

    @Test
    void sameResultOnOneTwoOrFourThreads() {
        // given 14 drivers: 16,384 worlds in four blocks
        ScenarioEnumeration e = enumeration(TestKb.synthetic(3, 14, 20, 60), List.of());

        // when
        EnumerationResult one = e.run(List.of(), 1, f -> { });
        EnumerationResult two = e.run(List.of(), 2, f -> { });
        EnumerationResult four = e.run(List.of(), 4, f -> { });

        // then
        assertThat(two).isEqualTo(one);
        assertThat(four).isEqualTo(one);
        assertThat(one.profiles()).isSortedAccordingTo((p, q) -> Long.compare(q.count(), p.count()));
        assertThat(one.profiles().stream().mapToLong(EnumerationResult.Profile::count).sum()).isEqualTo(1 << 14);
    }

    @Test
    void refusesTooManyWorldsAndWrongDrivers() {
        ScenarioEnumeration big = enumeration(TestKb.synthetic(1, 25, 5, 10), List.of());
        assertThatThrownBy(big::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("25 drivers make 2^25 = 33,554,432 worlds, more than the 16,777,216 (2^24) allowed: "
                        + "choose at most 24 drivers, or assume some");
        ScenarioEnumeration small = enumeration(SimulationTest.SMALL, List.of(Literal.parse("c")));
        assertThatThrownBy(() -> small.run(List.of("x"), 1, f -> { })).hasMessageContaining("'x' is an outcome");
        assertThatThrownBy(() -> small.run(List.of("c"), 1, f -> { })).hasMessageContaining("'c' is assumed");
        assertThatThrownBy(() -> small.run(List.of("q"), 1, f -> { })).hasMessageContaining("unknown proposition 'q'");
    }

    @Test
    void jsonHasTheDocumentedShape() {
        // when
        JsonNode json = Json.tree(Json.write(enumeration(SimulationTest.SMALL, List.of()).run()));

        // then
        assertThat(SimulationTest.fieldNames(json)).containsExactly("drivers", "leftUnassumed", "worlds", "profiles");
        JsonNode first = json.get("profiles").get(0);
        assertThat(SimulationTest.fieldNames(first))
                .containsExactly("count", "share", "outcomes", "representative", "conditions");
        assertThat(first.get("outcomes").get("x").asString()).isEqualTo("OPEN");
        assertThat(first.get("conditions").get(0).asString()).isEqualTo("!b");
    }
}
