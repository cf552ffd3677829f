package org.qantar.rules.drools;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.rules.Engine;
import org.qantar.rules.ShippedEngine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule by rule, the compiled Drools rule agrees with the claim read from its DRL (the reading
 * that {@code kb export} reports): it fires when exactly the read premises are assumed, its
 * conclusion goes away when they are withdrawn, a premise left out stops it, and a possible
 * unless-literal keeps it from establishing anything.
 */
class ClaimRulesTest {

    private static Engine engine;
    private static KnowledgeBase kb;

    /** Loaded once for the class: the argument source may be asked before or after @BeforeAll. */
    private static synchronized void load() {
        if (engine == null) {
            engine = ShippedEngine.get();
            kb = engine.knowledgeBase();
        }
    }

    @BeforeAll
    static void loadOnce() {
        load();
    }

    static Stream<String> claimIds() {
        load();
        return kb.claimIds().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claimIds")
    void the_rule_fires_on_its_premises_and_its_conclusion_goes_when_they_go(String id) {
        Claim claim = kb.claim(id).orElseThrow();
        try (Scenario s = engine.newScenario()) {
            s.record(false); // the claim alone: no recorded fact holds its premises
            s.lens(List.of(claim.source()));

            s.assumeOnly(claim.premises());
            Evaluation assumed = s.evaluation();
            assertThat(assumed.strata().firedPossible()).as("fires in the possible stratum").contains(id);
            boolean againstAssumption = claim.premises().contains(claim.conclusion().negate());
            if (!againstAssumption) {
                assertThat(assumed.strata().possible()).as("its conclusion is possible").contains(claim.conclusion());
            }
            boolean defeated = claim.unless().stream().anyMatch(assumed.strata().possible()::contains);
            assertThat(assumed.strata().firedEstablished().contains(id)).as("establishes unless defeated")
                    .isEqualTo(!defeated);

            s.assumeOnly(List.of());
            Evaluation withdrawn = s.evaluation();
            assertThat(withdrawn.strata().firedPossible()).doesNotContain(id);
            assertThat(withdrawn.strata().possible()).doesNotContain(claim.conclusion());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claimIds")
    void each_read_premise_is_needed_and_each_read_defeater_defeats(String id) {
        Claim claim = kb.claim(id).orElseThrow();
        try (Scenario s = engine.newScenario()) {
            s.record(false); // the claim alone: no recorded fact holds its premises
            s.lens(List.of(claim.source()));
            for (Literal missing : claim.premises()) {
                // The others hold and the missing premise is assumed false, so no other claim can
                // make it possible: the check runs for every premise, never skipped.
                List<Literal> others = new ArrayList<>(claim.premises());
                others.remove(missing);
                others.add(missing.negate());
                s.assumeOnly(others);
                Evaluation e = s.evaluation();
                assertThat(e.strata().possible()).as("%s assumed false", missing).doesNotContain(missing);
                assertThat(e.strata().firedPossible()).as("without %s", missing).doesNotContain(id);
            }
            for (Literal defeater : claim.unless()) {
                List<Literal> withDefeater = new ArrayList<>(claim.premises());
                withDefeater.add(defeater);
                s.assumeOnly(withDefeater);
                assertThat(s.evaluation().strata().firedEstablished()).as("defeated by %s", defeater).doesNotContain(id);
            }
        }
    }
}
