package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Proposition;
import org.qantar.model.Source;
import org.qantar.model.json.Json;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeBaseCommandsTest extends ShellTestBase {

    @Test
    void sources_lists_every_source_as_a_table_and_as_json() throws Exception {
        String table = send("sources");
        JsonNode json = Json.tree(send("sources --json")).get("sources");

        for (Source s : kb().sources()) {
            assertThat(table).contains(s.id());
        }
        assertThat(table.lines().findFirst().orElseThrow()).startsWith("ID").contains("TITLE");
        assertThat(ids(json, "id")).containsExactlyElementsOf(kb().sourceIds());
        assertThat(json.get(0).has("seedFile")).isTrue();
        assertThat(json.get(0).has("reprintOf")).isTrue();
    }

    @Test
    void tables_fit_the_configured_width() throws Exception {
        String table = send("claims");

        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void propositions_filter_by_kind() throws Exception {
        JsonNode drivers = Json.tree(send("propositions --kind driver --json")).get("propositions");

        List<String> expected = kb().propositions().stream().filter(Proposition::isDriver).map(Proposition::id).toList();
        assertThat(ids(drivers, "id")).containsExactlyElementsOf(expected);
        drivers.forEach(p -> assertThat(p.get("kind").asString()).isEqualTo("driver"));
    }

    @Test
    void an_unknown_kind_is_a_usage_error() {
        Run r = run("propositions --kind drivers");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.message()).isEqualTo("unknown kind 'drivers' (use driver, outcome or fact)");
    }

    @Test
    void claims_filter_by_source_and_by_proposition() throws Exception {
        String source = sourceWithClaims();
        Claim any = kb().claimsOf(source).get(0);
        String about = any.conclusion().proposition();

        JsonNode bySource = Json.tree(send("claims --source " + source + " --json")).get("claims");
        JsonNode both = Json.tree(send("claims --source " + source + " --about " + about + " --json")).get("claims");

        assertThat(ids(bySource, "id")).containsExactlyElementsOf(kb().claimsOf(source).stream().map(Claim::id).toList());
        assertThat(ids(both, "id")).contains(any.id());
        both.forEach(c -> assertThat(c.get("source").asString()).isEqualTo(source));
        assertThat(bySource.get(0).get("conclusion").has("proposition")).isTrue();
    }

    @Test
    void an_unknown_source_names_the_nearest_one() {
        String source = sourceWithClaims();

        Run r = run("claims --source " + misspelt(source));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.message()).startsWith("unknown source '" + misspelt(source) + "'").contains(source);
    }

    @Test
    void claim_shows_one_claim_in_full_and_refuses_an_unknown_id() throws Exception {
        Claim c = kb().claims().get(0);

        String out = send("claim " + c.id());
        Run unknown = run("claim " + c.id() + "x");

        assertThat(out).startsWith(c.id()).contains("source").contains(c.source()).contains("=> " + c.conclusion());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.message()).startsWith("unknown claim").contains(c.id());
    }

    /** Newcomer #31: the text had "now X is STATUS", the JSON had nothing of it. */
    @Test
    void claim_json_says_where_its_conclusion_stands_now_as_the_text_does() {
        Claim c = kb().claims().get(0);
        var now = workbench.evaluation().status(c.conclusion().proposition()).orElseThrow();

        JsonNode json = Json.tree(run("claim " + c.id() + " --json").output());

        assertThat(json.get("id").asString()).isEqualTo(c.id());
        assertThat(json.get("now").get("proposition").asString()).isEqualTo(c.conclusion().proposition());
        assertThat(json.get("now").get("status").asString()).isEqualTo(now.status().name());
    }

    @Test
    void positions_of_one_source_are_that_source_s() throws Exception {
        String source = kb().positions().get(0).source();

        JsonNode json = Json.tree(send("positions --source " + source + " --json")).get("positions");

        assertThat(json.size()).isEqualTo(kb().positionsOf(source).size());
        json.forEach(p -> assertThat(p.get("source").asString()).isEqualTo(source));
    }

    @Test
    void an_unknown_option_is_a_usage_error_naming_the_options() {
        Run r = run("sources --jsn");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.message()).isEqualTo("unknown option --jsn for sources (did you mean --json?)");
    }

    static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }
}
