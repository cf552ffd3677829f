package org.qantar.rules.kb;

import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.rules.workbench.KnowledgeBaseFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyst's claim format: the mechanical conversion from DRL, reading it back, and its problems. */
class ClaimFileFormatTest {

    @Test
    void every_shipped_claim_converts_from_its_drl_expansion_back_to_the_same_claim() throws IOException {
        // The shipped claims are written in the claim format; their build-time expansion is DRL in the
        // engine's shape, which is what kb convert takes: converting it gives the claims back.
        KnowledgeBaseLoader.Loaded shipped = KnowledgeBaseLoader.fromClasspath().load();
        int compared = 0;
        for (String source : shipped.knowledgeBase().sourceIds()) {
            String claimFile = resource(KnowledgeBaseLoader.SEEDS + source + ClaimFileReader.EXTENSION);
            if (claimFile == null) {
                continue;
            }
            List<ParsedRule> original = new ClaimFileReader().read(source + ClaimFileReader.EXTENSION, claimFile).rules();
            String drl = ClaimExpansion.expand(source + ClaimFileReader.EXTENSION, claimFile).drl();
            String claims = KnowledgeBaseFiles.convert(source + ".drl", drl, "heading of " + source);
            // About half the lines: the plumbing and the repeated source and section are gone.
            assertThat(claims.lines().count()).as(source).isLessThan(drl.lines().count() * 6 / 10);
            DrlClaimReader.Result back = new ClaimFileReader().read(source + ClaimFileReader.EXTENSION, claims);

            assertThat(back.problems()).as(source).isEmpty();
            assertThat(back.rules()).hasSameSizeAs(original);
            for (int i = 0; i < original.size(); i++) {
                ParsedRule a = original.get(i);
                ParsedRule b = back.rules().get(i);
                assertThat(b.name()).isEqualTo(a.name());
                assertThat(b.metadata()).isEqualTo(a.metadata());
                assertThat(b.premises()).isEqualTo(a.premises());
                assertThat(b.unless()).isEqualTo(a.unless());
                assertThat(b.conclusion()).isEqualTo(a.conclusion());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(shipped.rules().size());
    }

    @Test
    void the_converter_turns_a_drl_rule_into_the_claim_it_states() {
        String drl = """
                package org.qantar.kb;

                import org.qantar.rules.drools.Stratum;
                import function org.qantar.rules.drools.Consequences.conclude;

                // ---- not a banner: a note
                rule "A and not B make C unless D"
                    @claim("x-01") @source("x") @confidence("likely")
                    @section("First part")
                    @quote("a \\"quoted\\" phrase")
                    @paraphrase("In other words.")
                when
                    $s : Stratum()
                    Holds( stratum == $s, literal == "a" )
                    Holds( stratum == $s, literal == "!b" )
                    not Defeater( stratum == $s, literal == "d" )
                then
                    conclude(drools, $s, "c");
                end
                """;

        assertThat(KnowledgeBaseFiles.convert("x.drl", drl, "x: an article")).isEqualTo("""
                # x: an article

                section First part

                # ---- not a banner: a note
                claim x-01 likely: A and not B make C unless D
                  quote "a "quoted" phrase"
                  paraphrase In other words.
                  if a, !b
                  unless d
                  then c
                """);
    }

    @Test
    void the_converter_keeps_the_comments_where_the_rule_file_has_them() {
        String drl = """
                package org.qantar.kb;

                import org.qantar.rules.drools.Stratum;

                // The article, by someone. A note on
                // how it was read.
                //
                // A second paragraph.

                // ---------------------------------------------------------------------------
                // The first part
                // ---------------------------------------------------------------------------

                // Why x-01 is likely.
                rule "First"
                    @claim("x-01") @source("x") @confidence("likely") @section("The first part")
                when
                    $s : Stratum()
                then
                    conclude(drools, $s, "c");
                end

                // A note on the section that ends here.

                // =====
                // Another banner title
                // =====

                rule "Second"
                    @claim("x-02") @source("x") @confidence("stated") @section("The second part")
                when
                    $s : Stratum()
                    Holds( stratum == $s, literal == "c" )
                then
                    conclude(drools, $s, "d");
                end

                // What the article leaves out.
                """;

        String claims = KnowledgeBaseFiles.convert("x.drl", drl, null);

        assertThat(claims).isEqualTo("""
                # The article, by someone. A note on
                # how it was read.
                #
                # A second paragraph.

                section The first part

                # Why x-01 is likely.
                claim x-01 likely: First
                  then c

                # A note on the section that ends here.

                section The second part
                # Another banner title

                claim x-02 stated: Second
                  if c
                  then d

                # What the article leaves out.
                """);
        assertThat(new ClaimFileReader().read("x.claims", claims).rules()).extracting(ParsedRule::name)
                .containsExactly("First", "Second");
    }

    @Test
    void a_claim_reads_with_its_section_source_and_every_part() {
        String text = """
                # a comment
                section First part

                claim x-01 likely: A and not B make C unless D
                  quote "a "quoted" phrase"
                  paraphrase In other words.
                  @strength high
                  if a, !b
                  unless d
                  then c
                claim x-02 possible: E makes not F
                  @section Own section
                  if e
                  then !f
                """;
        DrlClaimReader.Result r = new ClaimFileReader().read("x.claims", text);

        assertThat(r.problems()).isEmpty();
        ParsedRule first = r.rules().get(0);
        assertThat(first.location()).isEqualTo("x.claims:4");
        assertThat(first.name()).isEqualTo("A and not B make C unless D");
        assertThat(first.metadata()).containsEntry("claim", "x-01").containsEntry("source", "x")
                .containsEntry("confidence", "likely").containsEntry("section", "First part")
                .containsEntry("quote", "a \"quoted\" phrase").containsEntry("paraphrase", "In other words.")
                .containsEntry("strength", "high");
        assertThat(first.premises()).containsExactly(Literal.parse("a"), Literal.parse("!b"));
        assertThat(first.unless()).containsExactly(Literal.parse("d"));
        assertThat(first.conclusion()).isEqualTo(Literal.parse("c"));
        assertThat(r.rules().get(1).meta("section")).isEqualTo("Own section");
        assertThat(r.rules().get(1).conclusion()).isEqualTo(Literal.parse("!f"));
    }

    @Test
    void each_problem_names_its_line_and_what_to_write() {
        String text = """
                if a
                claim x-01 likely: no conclusion
                  quote unquoted words
                  if Bad-Id
                  because a
                claim x-02 likely: two conclusions
                  if a
                  then b, c
                """;
        List<String> problems = new ClaimFileReader().read("x.claims", text).problems();

        assertThat(problems).containsExactly(
                "x.claims:1: expected 'claim ID CONFIDENCE: NAME' or 'section NAME', got: if a",
                "x.claims:3: write the quote between double quotes: quote \"...\"",
                "x.claims:4: not a literal: 'Bad-Id' (write a proposition id in lower case with underscores, or !id for its negation)",
                "x.claims:5: claim x-01: not a claim line: because a (expected quote, paraphrase, if, unless, then or @key value)",
                "x.claims:2: claim x-01 has no conclusion (add a line: then PROPOSITION or then !PROPOSITION)",
                "x.claims:8: claim x-02 concludes one literal: write a second claim for another conclusion",
                "x.claims:6: claim x-02 has no conclusion (add a line: then PROPOSITION or then !PROPOSITION)");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ClaimFileFormatTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
