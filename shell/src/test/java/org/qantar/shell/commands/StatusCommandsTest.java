package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.model.RecordedFact;
import org.qantar.model.Proposition;
import org.qantar.model.json.Json;
import org.qantar.rules.Evaluation;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.Status;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCommandsTest extends ShellTestBase {

    /** Newcomer #33: the SOURCES column on ASSUMED rows was unexplained. */
    @Test
    void help_status_explains_the_sources_column_on_assumed_rows() {
        String help = run("help status").output().replaceAll("\\s+", " ");

        assertThat(help).contains("SOURCES: the sources whose counted claims conclude the value shown")
                .contains("on an ASSUMED row");
    }

    @Test
    void status_shows_every_proposition_outcomes_first() throws Exception {
        String out = send("status");

        assertThat(out).startsWith("session untitled \u00b7 0 assumed \u00b7 lens all: ")
                .contains(" \u00b7 every claim \u00b7 record on\n\nOutcomes (");
        assertThat(out.indexOf("Drivers (")).isGreaterThan(0);
        for (Proposition p : kb().propositions()) {
            int at = out.indexOf("\n" + p.id() + " ");
            assertThat(at).as(p.id()).isPositive();
            assertThat(at < out.indexOf("Drivers (")).as(p.id()).isEqualTo(p.isOutcome());
        }
    }

    @Test
    void status_json_has_the_shape_of_evaluate_json() throws Exception {
        Claim claim = chainingClaim();
        send("assume " + premisesOf(claim));

        JsonNode status = Json.tree(send("status --json"));
        JsonNode evaluate = Json.tree(send("evaluate --assume " + String.join(",",
                claim.premises().stream().map(Literal::toString).toList()) + " --json"));

        assertThat(status).isEqualTo(evaluate);
        assertThat(names(status)).containsExactly("assumptions", "lens", "propositions", "tensions", "record",
                "minConfidence");
        JsonNode first = status.get("propositions").get(0);
        assertThat(names(first)).containsExactly("id", "status", "value", "supportedBy", "contestedBy", "kind",
                "strength", "dissent", "counterfactual");
        assertThat(names(first.get("contestedBy"))).containsExactly("true", "false");
    }

    @Test
    void evaluate_takes_the_confidence_floor_the_record_and_lens_all() throws Exception {
        RecordedFact fact = kb().record().get(0);
        String against = (fact.value() ? "!" : "") + fact.proposition();

        JsonNode counterfactual = Json.tree(send("evaluate --assume " + against + " --lens all --json"));
        JsonNode firm = Json.tree(send("evaluate --min-confidence stated --no-record --json"));

        assertThat(counterfactual.get("record").asBoolean()).isTrue();
        assertThat(counterfactual.get("minConfidence").asString()).isEqualTo("possible");
        assertThat(counterfactual.get("lens")).hasSize(kb().sourceIds().size());
        JsonNode p = proposition(counterfactual, fact.proposition());
        assertThat(p.get("status").asString()).isEqualTo("ASSUMED");
        assertThat(p.get("counterfactual").asBoolean()).isTrue();
        assertThat(p.get("kind").asString()).isEqualTo("fact");
        assertThat(firm.get("record").asBoolean()).isFalse();
        assertThat(firm.get("minConfidence").asString()).isEqualTo("stated");
        firm.get("propositions").forEach(q -> assertThat(q.get("status").asString()).isNotEqualTo("RECORDED"));
        firm.get("propositions").forEach(q -> {
            if (!q.get("strength").isNull()) {
                assertThat(q.get("strength").asString()).isEqualTo("stated");
            }
        });
        JsonNode recorded = proposition(Json.tree(send("evaluate --json")), fact.proposition());
        assertThat(recorded.get("status").asString()).isEqualTo("RECORDED");
        assertThat(recorded.get("value").asBoolean()).isEqualTo(fact.value());
        assertThat(run("evaluate --min-confidence firmly --json").status()).isEqualTo(2);
    }

    private static JsonNode proposition(JsonNode evaluation, String id) {
        for (JsonNode p : evaluation.get("propositions")) {
            if (p.get("id").asString().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no proposition " + id);
    }

    @Test
    void evaluate_json_reports_assumptions_the_counted_sources_and_null_values_for_open() throws Exception {
        String id = kb().propositionIds().get(0);

        JsonNode json = Json.tree(send("evaluate --assume !" + id + " --json"));

        assertThat(json.get("assumptions").get(0).asString()).isEqualTo("!" + id);
        List<String> lens = new ArrayList<>();
        json.get("lens").forEach(n -> lens.add(n.asString()));
        assertThat(lens).containsExactlyElementsOf(kb().sourceIds().stream().sorted().toList());
        json.get("propositions").forEach(p -> {
            String s = p.get("status").asString();
            if (s.equals("OPEN") || s.equals("CONTESTED")) {
                assertThat(p.get("value").isNull()).as(p.toString()).isTrue();
            } else {
                assertThat(p.get("value").isBoolean()).as(p.toString()).isTrue();
            }
        });
        assertThat(workbench.assumptions()).as("evaluate leaves the session alone").isEmpty();
    }

    @Test
    void evaluate_with_a_lens_counts_only_those_sources() throws Exception {
        String source = sourceWithClaims();

        JsonNode json = Json.tree(send("evaluate --lens " + source + " --json"));

        assertThat(json.get("lens").size()).isEqualTo(1);
        assertThat(json.get("lens").get(0).asString()).isEqualTo(source);
    }

    @Test
    void evaluate_refuses_unknown_ids_in_its_lists() {
        String id = kb().propositionIds().get(0);

        Run badLiteral = run("evaluate --assume " + id + "," + misspelt(id) + " --json");
        Run badSource = run("evaluate --lens nobody_at_all --json");

        assertThat(badLiteral.status()).isEqualTo(2);
        assertThat(badLiteral.message()).contains("unknown proposition '" + misspelt(id) + "'");
        assertThat(badSource.status()).isEqualTo(2);
        assertThat(badSource.message()).startsWith("unknown source 'nobody_at_all'");
    }

    @Test
    void why_explains_an_assumption_and_a_derived_status_down_to_the_assumptions() throws Exception {
        Claim claim = chainingClaim();
        send("assume " + premisesOf(claim));
        String premise = claim.premises().get(0).proposition();
        String conclusion = claim.conclusion().proposition();

        String assumed = send("why " + premise);
        String derived = send("why " + conclusion);

        assertThat(assumed).startsWith(premise + " is ASSUMED").contains("you assumed it");
        PropositionStatus s = workbench.evaluation().status(conclusion).orElseThrow();
        assertThat(derived).startsWith(conclusion + " is " + s.label());
        assertThat(derived).contains(claim.id()).contains("(assumed)");
    }

    @Test
    void why_json_is_the_tree_with_claims_and_premises() throws Exception {
        Claim claim = chainingClaim();
        send("assume " + premisesOf(claim));

        JsonNode json = Json.tree(send("why " + claim.conclusion().proposition() + " --json"));

        assertThat(names(json)).containsExactly("proposition", "status", "value", "support", "contested", "tensions",
                "strength", "counterfactual", "dissent", "record");
        List<String> claims = new ArrayList<>();
        json.get("support").forEach(c -> claims.add(c.get("claim").asString()));
        json.get("contested").get(claim.conclusion().value() ? "true" : "false")
                .forEach(c -> claims.add(c.get("claim").asString()));
        json.get("dissent").forEach(c -> claims.add(c.get("claim").asString()));
        assertThat(claims).contains(claim.id());
    }

    @Test
    void why_one_shot_explains_given_assumptions_without_touching_the_session() throws Exception {
        Claim claim = chainingClaim();
        String literals = String.join(",", claim.premises().stream().map(Literal::toString).toList());

        String out = send("why " + claim.conclusion().proposition() + " --assume " + literals);

        assertThat(out).contains(claim.id());
        assertThat(workbench.assumptions()).isEmpty();
    }

    @Test
    void why_needs_one_known_proposition() {
        String id = kb().propositionIds().get(0);

        Run none = run("why");
        Run unknown = run("why " + misspelt(id));
        Run two = run("why " + id + " " + id);

        assertThat(none.status()).isEqualTo(2);
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.message()).contains(id);
        assertThat(two.status()).isEqualTo(2);
    }

    @Test
    void tensions_list_the_claims_against_an_assumption() throws Exception {
        // given: assume the opposite of what a claim concludes, and that claim's premises
        Claim claim = chainingClaim();
        Literal against = claim.conclusion().negate();
        List<String> literals = new ArrayList<>(claim.premises().stream().map(Literal::toString).toList());
        literals.add(against.toString());

        // when
        send("assume " + String.join(" ", literals));
        JsonNode json = Json.tree(send("tensions --json")).get("tensions");
        String text = send("tensions");

        // then
        Evaluation e = workbench.evaluation();
        assertThat(e.tensions()).isNotEmpty();
        List<String> claims = new ArrayList<>();
        json.forEach(t -> claims.add(t.get("claim").asString()));
        assertThat(claims).contains(claim.id());
        assertThat(text).contains("you assume " + against).contains(claim.id());
    }

    @Test
    void conflicts_are_every_proposition_counted_claims_conclude_both_ways() throws Exception {
        // given the propositions some claim concludes and some other claim negates (one source may
        // do both: a source that contradicts itself is a conflict too), worked out from the claims
        Set<String> concluded = new HashSet<>();
        Set<String> negated = new HashSet<>();
        kb().claims().forEach(c -> (c.conclusion().value() ? concluded : negated).add(c.conclusion().proposition()));
        Set<String> expected = new HashSet<>(concluded);
        expected.retainAll(negated);

        // when
        JsonNode json = Json.tree(send("conflicts --json")).get("conflicts");
        String text = send("conflicts");

        // then every such proposition is listed, with both sides and its status
        assertThat(expected).as("the knowledge base has conflicts").isNotEmpty();
        Set<String> listed = new HashSet<>();
        json.forEach(c -> {
            listed.add(c.get("proposition").asString());
            assertThat(c.get("claims").get("true").size()).isPositive();
            assertThat(c.get("claims").get("false").size()).isPositive();
            assertThat(c.get("status").asString()).isIn(List.of(Status.values()).stream().map(Enum::name).toList());
            assertThat(text).contains(c.get("proposition").asString() + "  now ");
        });
        assertThat(listed).isEqualTo(expected);
    }

    static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.propertyNames().forEach(out::add);
        return out;
    }
}
