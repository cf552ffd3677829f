package org.qantar.model.json;

import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.model.Prior;
import org.qantar.model.Proposition;
import org.qantar.model.PropositionKind;
import org.qantar.model.Source;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRoundTripTest {

    private static final Claim CLAIM = new Claim("cornell-01", "cornell-ni", "Succession breeds crisis",
            List.of(Literal.parse("succession_incomplete"), Literal.parse("!elite_united")), List.of(Literal.parse("x")),
            Literal.parse("crisis_erupts"), Confidence.LIKELY, "What Happened?", "a verbatim quote", "our words");

    @Test
    void a_claim_has_the_export_shape_and_reads_back_equal() {
        String json = Json.write(CLAIM);

        assertThat(json).isEqualTo("{\"id\":\"cornell-01\",\"source\":\"cornell-ni\",\"name\":\"Succession breeds crisis\","
                + "\"premises\":[{\"proposition\":\"succession_incomplete\",\"value\":true},"
                + "{\"proposition\":\"elite_united\",\"value\":false}],"
                + "\"unless\":[{\"proposition\":\"x\",\"value\":true}],"
                + "\"conclusion\":{\"proposition\":\"crisis_erupts\",\"value\":true},\"confidence\":\"likely\","
                + "\"section\":\"What Happened?\",\"quote\":\"a verbatim quote\",\"paraphrase\":\"our words\"}");
        assertThat(Json.read(json, Claim.class)).isEqualTo(CLAIM);
    }

    @Test
    void sources_propositions_positions_and_priors_round_trip() {
        Source s = new Source("cornell-afpc", "T", "Svante E. Cornell", null, "2022-01-24", null, "004.txt",
                "ab".repeat(32), "cornell-ni");
        Proposition p = new Proposition("crisis_erupts", "A crisis erupts.", PropositionKind.OUTCOME);
        Position pos = new Position("cornell-ni", "crisis_erupts", false, Confidence.POSSIBLE, "q");

        assertThat(Json.write(s)).isEqualTo("{\"id\":\"cornell-afpc\",\"title\":\"T\",\"author\":\"Svante E. Cornell\","
                + "\"outlet\":null,\"date\":\"2022-01-24\",\"url\":null,\"seedFile\":\"004.txt\",\"sha256\":\""
                + "ab".repeat(32) + "\",\"reprintOf\":\"cornell-ni\"}");
        assertThat(Json.write(p)).isEqualTo("{\"id\":\"crisis_erupts\",\"statement\":\"A crisis erupts.\",\"kind\":\"outcome\"}");
        assertThat(Json.read(Json.write(s), Source.class)).isEqualTo(s);
        assertThat(Json.read(Json.write(p), Proposition.class)).isEqualTo(p);
        assertThat(Json.read(Json.write(pos), Position.class)).isEqualTo(pos);
        assertThat(Json.write(Prior.beta(2, 5))).isEqualTo("{\"alpha\":2.0,\"beta\":5.0}");
        assertThat(Json.read("{\"p\":0.25}", Prior.class)).isEqualTo(Prior.probability(0.25));
    }

    @Test
    void unknown_fields_are_tolerated() {
        assertThat(Json.read("{\"id\":\"x\",\"statement\":\"X.\",\"kind\":\"driver\",\"future\":1}", Proposition.class))
                .isEqualTo(new Proposition("x", "X.", PropositionKind.DRIVER));
    }
}
