package org.qantar.model;

import org.junit.jupiter.api.Test;
import org.qantar.model.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTest {

    private static final Instant T = Instant.parse("2022-01-05T10:00:00Z");

    private static Session withAssumptions(String... assumptions) {
        return Session.empty(T).withInputs(Arrays.asList(assumptions), List.of(), Map.of());
    }

    @Test
    void keepsAssumptionsAsCanonicalLiteralTextInTheGivenOrder() {
        Session s = withAssumptions(" protests_spread ", "! csto_withdraws", "gone_from_the_kb");
        assertThat(s.assumptions()).containsExactly("protests_spread", "!csto_withdraws", "gone_from_the_kb");
        assertThat(s.literals()).containsExactly(Literal.of("protests_spread"), Literal.of("!csto_withdraws"),
                Literal.of("gone_from_the_kb"));
    }

    @Test
    void refusesAPropositionAssumedTwiceAndTextThatIsNoLiteral() {
        assertThatThrownBy(() -> withAssumptions("x", "!x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("proposition 'x' is assumed twice (x, !x)");
        assertThatThrownBy(() -> withAssumptions("Not a literal")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withAssumptions((String) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesALensWithBlankOrRepeatedSources() {
        assertThatThrownBy(() -> Session.empty(T).withInputs(List.of(), List.of("a", "a"), Map.of()))
                .hasMessage("source 'a' is twice in the lens");
        assertThatThrownBy(() -> Session.empty(T).withInputs(List.of(), List.of(" "), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesPriorsAndStatusesOnWhatIsNoPropositionId() {
        assertThatThrownBy(() -> Session.empty(T).withInputs(List.of(), List.of(), Map.of("Bad Id", Prior.UNIFORM)))
                .hasMessage("prior on 'Bad Id', which is not a proposition id");
        assertThatThrownBy(() -> Session.empty(T).withOutcomes("kb", Map.of("x", "OPEN\nSUPPORTED")))
                .hasMessage("the status of 'x' is not a one-line label");
    }

    @Test
    void sortsMapsByKeySoEqualSessionsIterateAlike() {
        Map<String, String> statuses = new HashMap<>();
        statuses.put("zeta", "OPEN");
        statuses.put("alpha", "OPEN");
        statuses.put("mid", "OPEN");
        assertThat(Session.empty(T).withOutcomes("kb", statuses).statuses().keySet())
                .containsExactly("alpha", "mid", "zeta");
    }

    @Test
    void refusesAnExtraThatShadowsASchemaField() {
        assertThatThrownBy(() -> new Session("n", "", T, T, List.of(), List.of(), Map.of(), "", Map.of(),
                Map.of("priors", Json.tree("{}"))))
                .hasMessage("extra field 'priors' is a field of the schema");
    }

    @Test
    void extrasCannotBeChangedThroughTheNodesGivenOrReturned() {
        ObjectNode given = (ObjectNode) Json.tree("{\"a\": 1}");
        Session s = new Session("n", "", T, T, List.of(), List.of(), Map.of(), "", Map.of(), Map.of("x", given));
        given.put("a", 2);
        ((ObjectNode) s.extras().get("x")).put("a", 3);
        JsonNode kept = s.extras().get("x");
        assertThat(kept.get("a").intValue()).isEqualTo(1);
    }

    @Test
    void nullCollectionsAndNoteMeanEmpty() {
        Session s = new Session("n", null, T, T, null, null, null, null, null, null);
        assertThat(s.note()).isEmpty();
        assertThat(s.assumptions()).isEmpty();
        assertThat(s.extras()).isEmpty();
        assertThat(s.kbFingerprint()).isEmpty();
    }
}
