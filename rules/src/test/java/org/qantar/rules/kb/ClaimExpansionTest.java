package org.qantar.rules.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Literal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The build-time expansion of claim files to DRL in the engine's shape ({@link ClaimExpansion},
 * {@link DrlClaimWriter}): for the shipped knowledge base, what the strict DRL reader reads from the
 * expansion is claim for claim what the claim file says, so that the kjar compiled from it is the
 * catalogue's rule base ({@code ClaimRuleModelTest} checks the compiled rules themselves).
 */
class ClaimExpansionTest {

    private static final String CLAIM = """
            section First part

            claim x-01 likely: A and not B make C unless D
              quote "a "quoted" phrase with a \\ backslash"
              paraphrase In other words.
              @strength high
              if a, !b
              unless d, !e
              then c
            """;

    @Test
    void every_shipped_claim_file_expands_to_rules_the_drl_reader_reads_as_the_same_claims() throws IOException {
        KnowledgeBaseLoader.Loaded shipped = KnowledgeBaseLoader.fromClasspath().load();
        int compared = 0;
        for (String source : shipped.knowledgeBase().sourceIds()) {
            String file = source + ClaimFileReader.EXTENSION;
            String text = resource(KnowledgeBaseLoader.SEEDS + file);
            if (text == null) {
                continue;
            }
            ClaimExpansion.Expanded expanded = ClaimExpansion.expand(file, text);
            DrlClaimReader.Result read = new DrlClaimReader().read(source + ".drl", expanded.drl());

            assertThat(expanded.problems()).as(file).isEmpty();
            assertThat(read.problems()).as(file).isEmpty();
            assertThat(read.rules()).hasSameSizeAs(expanded.rules());
            for (int i = 0; i < read.rules().size(); i++) {
                assertSameClaim(read.rules().get(i), expanded.rules().get(i));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(shipped.rules().size()).isGreaterThan(100);
    }

    @Test
    void a_claim_expands_to_the_rule_the_engine_shape_spells_out() {
        ClaimExpansion.Expanded e = ClaimExpansion.expand("x.claims", CLAIM);

        assertThat(e.problems()).isEmpty();
        assertThat(e.drl()).startsWith("package org.qantar.kb;\n").contains("""
                rule "A and not B make C unless D"
                    @claim("x-01") @source("x") @confidence("likely")
                    @section("First part")
                    @quote("a \\"quoted\\" phrase with a \\\\ backslash")
                    @paraphrase("In other words.")
                    @strength("high")
                when
                    $s : Stratum( countsLikely )
                    Holds( stratum == $s, literal == "a" )
                    Holds( stratum == $s, literal == "!b" )
                    not Defeater( stratum == $s, literal == "d" )
                    not Defeater( stratum == $s, literal == "!e" )
                then
                    conclude(drools, $s, "c");
                end
                """);
        ParsedRule back = new DrlClaimReader().read("x.drl", e.drl()).rules().get(0);
        assertSameClaim(back, e.rules().get(0));
        assertThat(back.meta("quote")).isEqualTo("a \"quoted\" phrase with a \\ backslash");
        assertThat(back.unless()).containsExactly(Literal.parse("d"), Literal.parse("!e"));
    }

    @Test
    void a_directory_expands_to_one_rule_file_per_claim_file_and_drops_stale_ones(@TempDir Path tmp) throws IOException {
        Path claims = Files.createDirectories(tmp.resolve("seeds"));
        Path out = tmp.resolve("out");
        Files.writeString(claims.resolve("x.claims"), CLAIM);
        Files.writeString(claims.resolve("y.claims"), CLAIM.replace("x-01", "y-01").replace("A and not B", "Another"));
        Files.writeString(claims.resolve("sources.json"), "{}");
        Files.createDirectories(out);
        Files.writeString(out.resolve("gone.drl"), "a rule file whose claim file was deleted");

        List<Path> written = ClaimExpansion.expandDirectory(claims, out);

        assertThat(written).containsExactly(out.resolve("x.drl"), out.resolve("y.drl"));
        assertThat(out.resolve("gone.drl")).doesNotExist();
        assertThat(Files.readString(out.resolve("y.drl"))).contains("@claim(\"y-01\") @source(\"y\")");
        // Unchanged text is not written again: the kjar's build sees no change.
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(out.resolve("x.drl"), before);
        ClaimExpansion.expandDirectory(claims, out);
        assertThat(Files.getLastModifiedTime(out.resolve("x.drl"))).isEqualTo(before);
    }

    @Test
    void a_claim_file_with_problems_stops_the_build_naming_each_file_and_line(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("x.claims"), """
                claim x-01 likely: No conclusion
                  quote "words"
                  if a
                claim x-02 certain: An unknown confidence
                  then b
                """);
        Files.writeString(tmp.resolve("y.claims"), CLAIM.replace("x-01", "y-01"));
        Files.writeString(tmp.resolve("z.claims"), CLAIM.replace("x-01", "z-01"));

        assertThatThrownBy(() -> ClaimExpansion.expandDirectory(tmp, tmp.resolve("out")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x.claims:1: claim x-01 has no conclusion")
                .hasMessageContaining("x.claims:4: claim x-02 is not a complete claim (its confidence is certain")
                .hasMessageContaining("z.claims:3: claim z-01 has the name of the claim at y.claims:3");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private static void assertSameClaim(ParsedRule actual, ParsedRule expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.metadata()).as(expected.location()).isEqualTo(Map.copyOf(expected.metadata()));
        assertThat(actual.premises()).as(expected.location()).isEqualTo(expected.premises());
        assertThat(actual.unless()).as(expected.location()).isEqualTo(expected.unless());
        assertThat(actual.conclusion()).as(expected.location()).isEqualTo(expected.conclusion());
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ClaimExpansionTest.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
