package org.qantar.rules.kb;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.model.Source;
import org.qantar.model.json.Json;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.drools.DroolsRuleBase;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The knowledge base as shipped: sound, and meeting the bars its issue sets. */
class ShippedKnowledgeBaseTest {

    private static KnowledgeBaseLoader.Loaded loaded;
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        loaded = KnowledgeBaseLoader.fromClasspath().load();
        kb = loaded.knowledgeBase();
    }

    @Test
    void validates_clean_against_the_compiled_rules() {
        assertThat(new KbValidator().validate(loaded, DroolsRuleBase.fromClasspath().compiledClaimIds())).isEmpty();
    }

    @Test
    void every_rule_has_complete_metadata_and_a_unique_claim_id() {
        assertThat(loaded.rules()).allSatisfy(r -> {
            for (String key : List.of("claim", "source", "confidence", "section", "quote", "paraphrase")) {
                assertThat(r.meta(key)).as("%s @%s", r.location(), key).isNotBlank();
            }
        });
        assertThat(kb.claimIds()).doesNotHaveDuplicates().hasSameSizeAs(loaded.rules());
    }

    @Test
    void claims_per_source_meet_the_minimums() {
        assertThat(kb.claims()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(kb.claimsOf("cornell-ni")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(kb.claimsOf("cepa")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(kb.claimsOf("carnegie")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(kb.claimsOf("iwpr")).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void the_reprint_adds_no_claims_or_positions() {
        List<Source> reprints = kb.sources().stream().filter(Source::isReprint).toList();
        assertThat(reprints).isNotEmpty();
        for (Source r : reprints) {
            assertThat(kb.claimsOf(r.id())).isEmpty();
            assertThat(kb.positionsOf(r.id())).isEmpty();
        }
    }

    @Test
    void the_reasoning_chains() {
        Set<Literal> concluded = new HashSet<>();
        kb.claims().forEach(c -> concluded.add(c.conclusion()));
        long chained = kb.claims().stream().filter(c -> c.premises().stream().anyMatch(concluded::contains)).count();
        assertThat(chained).isGreaterThanOrEqualTo(15);
    }

    @Test
    void sources_disagree_on_at_least_four_propositions() {
        Map<Literal, Set<String>> sourcesConcluding = new HashMap<>();
        for (Claim c : kb.claims()) {
            sourcesConcluding.computeIfAbsent(c.conclusion(), l -> new HashSet<>()).add(c.source());
        }
        long disputed = kb.propositionIds().stream().filter(p -> {
            Set<String> yes = sourcesConcluding.getOrDefault(new Literal(p, true), Set.of());
            Set<String> no = sourcesConcluding.getOrDefault(new Literal(p, false), Set.of());
            return yes.stream().anyMatch(s -> no.stream().anyMatch(t -> !t.equals(s)));
        }).count();
        assertThat(disputed).isGreaterThanOrEqualTo(4);
    }

    @Test
    void positions_meet_the_minimums() {
        assertThat(kb.positions()).hasSizeGreaterThanOrEqualTo(30);
        for (Source s : kb.voices()) {
            assertThat(kb.positionsOf(s.id())).as(s.id()).hasSizeGreaterThanOrEqualTo(6);
        }
        assertThat(kb.positions()).extracting(Position::quote).allSatisfy(q ->
                assertThat(TextNormalizer.wordCount(q)).isBetween(1, KbValidator.MAX_QUOTE_WORDS));
    }

    @Test
    void the_export_has_the_documented_shape_and_reports_the_drl_reading() {
        JsonNode export = Json.tree(CatalogueExport.toJson(kb));

        assertThat(export.propertyNames()).containsExactly("sources", "propositions", "claims", "positions", "record");
        assertThat(export.get("sources").get(0).propertyNames()).containsExactly(
                "id", "title", "author", "outlet", "date", "url", "seedFile", "sha256", "reprintOf");
        assertThat(export.get("propositions").get(0).propertyNames()).containsExactly("id", "statement", "kind");
        assertThat(export.get("claims").get(0).propertyNames()).containsExactly("id", "source", "name", "premises",
                "unless", "conclusion", "confidence", "section", "quote", "paraphrase");
        assertThat(export.get("positions").get(0).propertyNames()).containsExactly(
                "source", "proposition", "value", "confidence", "quote");
        assertThat(kb.record()).isNotEmpty();
        assertThat(export.get("record").get(0).propertyNames()).containsExactly("proposition", "value", "sources", "quote");
        for (int i = 0; i < kb.record().size(); i++) {
            assertThat(Json.read(export.get("record").get(i).toString(), org.qantar.model.RecordedFact.class))
                    .isEqualTo(kb.record().get(i));
        }
        for (int i = 0; i < kb.claims().size(); i++) {
            Claim c = kb.claims().get(i);
            assertThat(Json.read(export.get("claims").get(i).toString(), Claim.class)).isEqualTo(c);
            // Against the rule file's own text (not the reading the claim was copied from): the
            // claim's lines name each premise on an if line and the conclusion on its then line.
            ParsedRule r = loaded.rules().get(i);
            assertThat(r.file()).endsWith(ClaimFileReader.EXTENSION);
            String rule = ruleText(r);
            for (Literal premise : c.premises()) {
                assertThat(rule).as(c.id()).containsPattern(line("if", premise));
            }
            assertThat(rule).as(c.id()).containsPattern(line("then", c.conclusion()));
        }
    }

    /** A line of a claim starting with {@code keyword} that lists {@code literal}, a whole literal. */
    private static java.util.regex.Pattern line(String keyword, Literal literal) {
        return java.util.regex.Pattern.compile("(?m)^\\s*" + keyword + "\\s(?:.*[\\s,])?"
                + java.util.regex.Pattern.quote(literal.toString()) + "\\s*(?:,|$)");
    }

    /**
     * The text of a rule in its file: in a claim file from its {@code claim} line to the next claim,
     * section or comment; in DRL from its first line to its {@code end}.
     */
    private static String ruleText(ParsedRule r) {
        boolean claimFile = r.file().endsWith(ClaimFileReader.EXTENSION);
        String name = r.file().contains("/") ? r.file()
                : (claimFile ? KnowledgeBaseLoader.SEEDS : KnowledgeBaseLoader.RULES) + r.file();
        try (java.io.InputStream in = ShippedKnowledgeBaseTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            StringBuilder text = new StringBuilder(lines.get(r.line() - 1)).append('\n');
            for (int l = r.line(); l < lines.size(); l++) {
                String line = lines.get(l).strip();
                if (claimFile ? line.startsWith("claim ") || line.startsWith("section ") || line.startsWith("#") : false) {
                    break;
                }
                text.append(lines.get(l)).append('\n');
                if (!claimFile && line.equals("end")) {
                    break;
                }
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
