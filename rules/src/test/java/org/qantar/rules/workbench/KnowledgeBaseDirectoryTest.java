package org.qantar.rules.workbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Claim;
import org.qantar.model.Literal;
import org.qantar.model.json.Json;
import org.qantar.rules.Engine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.kb.KnowledgeBaseProblems;
import org.qantar.rules.kb.KnowledgeBaseSource;
import org.qantar.rules.kb.QuoteVerifier;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Knowledge bases kept in directories: made by kb init, extended by add-source, opened, checked, tested. */
class KnowledgeBaseDirectoryTest {

    private static final Engine SHIPPED = Engine.load();

    @Test
    void the_example_knowledge_base_opens_passes_its_tests_and_its_quotes(@TempDir Path home, @TempDir Path tmp) {
        Path dir = tmp.resolve("strike");
        KnowledgeBaseFiles.init(dir, false);

        Engine engine = Engine.open(new KnowledgeBaseSource.Directory(dir), home);

        assertThat(engine.source().name()).isEqualTo("strike");
        assertThat(engine.knowledgeBase().claimIds()).containsExactly("example-01");
        assertThat(engine.compiledClaimIds()).containsExactly("example-01");
        List<KbTestCases.Outcome> outcomes = KbTestCases.run(engine, KbTestCases.fromDirectory(dir));
        assertThat(outcomes).hasSize(3).allSatisfy(o -> assertThat(o.failures()).isEmpty());
        QuoteVerifier.Report quotes = new QuoteVerifier().verify(engine.knowledgeBase(), dir.resolve("texts"));
        assertThat(quotes.ok()).as("%s %s", quotes.failures(), quotes.textProblems()).isTrue();
        assertThat(home.resolve("kb-cache").resolve(engine.knowledgeBase().fingerprint() + ".validated")).exists();
    }

    @Test
    void a_copy_of_the_shipped_knowledge_base_in_the_claim_format_reasons_alike(@TempDir Path home, @TempDir Path tmp) {
        Path dir = tmp.resolve("copy");
        KnowledgeBaseFiles.init(dir, true);

        Engine copy = Engine.open(new KnowledgeBaseSource.Directory(dir), home);

        assertThat(copy.knowledgeBase().claims()).isEqualTo(SHIPPED.knowledgeBase().claims());
        assertThat(copy.knowledgeBase().positions()).isEqualTo(SHIPPED.knowledgeBase().positions());
        List<String> ids = SHIPPED.knowledgeBase().propositionIds();
        for (int i = 0; i < ids.size(); i += 3) {
            List<Literal> assume = List.of(new Literal(ids.get(i), i % 2 == 0));
            Evaluation a = copy.evaluate(assume, List.of());
            Evaluation b = SHIPPED.evaluate(assume, List.of());
            assertThat(a.statuses()).isEqualTo(b.statuses());
        }
    }

    @Test
    void an_added_article_is_registered_with_the_sha256_of_its_text_and_gets_a_claim_file(@TempDir Path tmp)
            throws Exception {
        Path dir = tmp.resolve("kb");
        KnowledgeBaseFiles.init(dir, false);
        Path text = tmp.resolve("second.txt");
        Files.writeString(text, "A second article, in a few words.", StandardCharsets.UTF_8);

        KnowledgeBaseFiles.Added added = KnowledgeBaseFiles.addSource(dir, "second", text, "A second article",
                "Someone", null, "2022-01-10", null);

        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(text)));
        assertThat(added.sha256()).isEqualTo(sha);
        JsonNode sources = Json.tree(Files.readString(dir.resolve("sources.json"))).get("sources");
        assertThat(sources.size()).isEqualTo(2);
        assertThat(sources.get(1).get("sha256").stringValue()).isEqualTo(sha);
        assertThat(sources.get(1).get("seedFile").stringValue()).isEqualTo("second.txt");
        assertThat(dir.resolve("second.claims")).exists();
        assertThatThrownBy(() -> KnowledgeBaseFiles.addSource(dir, "second", text, null, null, null, null, null))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("source second is registered already");
    }

    @Test
    void a_knowledge_base_with_problems_does_not_start_and_names_each_file_line(@TempDir Path home, @TempDir Path tmp)
            throws Exception {
        Path dir = tmp.resolve("broken");
        KnowledgeBaseFiles.init(dir, false);
        Path claims = dir.resolve("example.claims");
        String text = Files.readString(claims)
                .replace("  quote \"Because fuel prices doubled, the drivers' union called a strike\"\n", "")
                .replace("if fuel_price_doubled", "if fuel_price_dubled")
                + "\nclaim example-02 likely: Broken\n  quote \"x\"\n  iff drivers_strike\n  then drivers_strike\n";
        Files.writeString(claims, text);

        KnowledgeBaseProblems p = catchThrowableOfType(KnowledgeBaseProblems.class,
                () -> Engine.open(new KnowledgeBaseSource.Directory(dir), home));

        assertThat(p.getMessage()).contains("in the knowledge base " + dir);
        assertThat(p.problems()).anySatisfy(l -> assertThat(l).startsWith("example.claims:").contains("iff drivers_strike"));
        assertThat(p.problems()).anySatisfy(l -> assertThat(l).matches("example\\.claims:\\d+ rule \".*\" has no quote .*")
                .contains("add a line: quote"));
        assertThat(p.problems()).anySatisfy(l -> assertThat(l).matches("example\\.claims:\\d+ example-01: unknown proposition fuel_price_dubled.*")
                .contains("did you mean fuel_price_doubled"));
        assertThat(home.resolve("kb-cache")).doesNotExist();
    }

    @Test
    void a_mistake_in_any_json_file_names_the_file_and_its_line(@TempDir Path home, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("kb");
        KnowledgeBaseFiles.init(dir, false);
        Path propositions = dir.resolve("propositions.json");
        String good = Files.readString(propositions);
        Path positions = dir.resolve("positions.json");
        String goodPositions = Files.readString(positions);

        // Not JSON: the parser's line.
        Files.writeString(propositions, good.replaceFirst("\"id\"", "id"));
        assertThat(openProblem(dir, home)).matches(java.util.regex.Pattern.quote(propositions.toString())
                + ":\\d+: Unexpected character .* \\(fix the JSON\\)");
        // JSON, but a value the registry refuses: its line and what to write instead.
        Files.writeString(propositions, good.replaceFirst("\"kind\": *\"[a-z]+\"", "\"kind\": \"banana\""));
        assertThat(openProblem(dir, home)).startsWith(propositions + ":")
                .contains(": unknown proposition kind 'banana' (use driver, outcome or fact) (fix the JSON)");
        Files.writeString(propositions, good);
        Files.writeString(positions, goodPositions.replaceFirst("\"confidence\": *\"[a-z]+\"", "\"confidence\": \"sure\""));
        assertThat(openProblem(dir, home)).startsWith(positions + ":").contains("unknown confidence 'sure'");
        Files.writeString(positions, goodPositions);
        Files.writeString(dir.resolve("record.json"), "[{\"proposition\": ");
        assertThat(openProblems(dir, home)).anySatisfy(l -> assertThat(l).startsWith("record.json:1: ").contains("fix the JSON"));
        Files.delete(dir.resolve("record.json"));

        // The knowledge base's own test cases, read by kb test.
        Files.writeString(dir.resolve("tests/example.json"), "{\"cases\": [\n  {\"name\": \"x\",\n");
        assertThatThrownBy(() -> KbTestCases.fromDirectory(dir)).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("tests/example.json:3: not a test file: ");
        // kb add-source reads sources.json before it writes it.
        Files.writeString(dir.resolve("sources.json"), "{\"sources\": [\n}");
        Path text = Files.writeString(tmp.resolve("a.txt"), "An article.");
        assertThatThrownBy(() -> KnowledgeBaseFiles.addSource(dir, "a", text, null, null, null, null, null))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith(dir.resolve("sources.json") + ":2: ");
    }

    private static String openProblem(Path dir, Path home) {
        List<String> problems = openProblems(dir, home);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static List<String> openProblems(Path dir, Path home) {
        return catchThrowableOfType(KnowledgeBaseProblems.class,
                () -> Engine.open(new KnowledgeBaseSource.Directory(dir), home)).problems();
    }

    @Test
    void a_missing_directory_or_registry_file_is_one_line_that_says_what_to_do(@TempDir Path home, @TempDir Path tmp)
            throws Exception {
        KnowledgeBaseProblems none = catchThrowableOfType(KnowledgeBaseProblems.class,
                () -> Engine.open(new KnowledgeBaseSource.Directory(tmp.resolve("nothing")), home));
        assertThat(none.problems()).singleElement().asString().contains("no such directory").contains("kb init");

        Path dir = tmp.resolve("kb");
        KnowledgeBaseFiles.init(dir, false);
        Files.delete(dir.resolve("propositions.json"));
        KnowledgeBaseProblems missing = catchThrowableOfType(KnowledgeBaseProblems.class,
                () -> Engine.open(new KnowledgeBaseSource.Directory(dir), home));
        assertThat(missing.problems()).singleElement().asString()
                .startsWith(dir.resolve("propositions.json") + ": missing");
    }

    @Test
    void a_session_moves_to_another_knowledge_base_keeping_what_it_lacks(@TempDir Path home, @TempDir Path tmp) {
        Path dir = tmp.resolve("strike");
        KnowledgeBaseFiles.init(dir, false);
        Engine strike = Engine.open(new KnowledgeBaseSource.Directory(dir), home);
        try (Workbench w = new Workbench(SHIPPED)) {
            String shippedId = SHIPPED.knowledgeBase().propositionIds().get(0);
            w.assume(List.of(new Literal(shippedId, true)));

            w.switchTo(strike);
            w.assume(List.of(new Literal("fuel_price_doubled", true)));

            assertThat(w.knowledgeBase().claims()).extracting(Claim::id).containsExactly("example-01");
            assertThat(w.unknownAssumptions()).containsExactly(shippedId);
            assertThat(w.evaluation().status("drivers_strike").orElseThrow().label()).isEqualTo("SUPPORTED true");
            w.switchTo(SHIPPED);
            assertThat(w.assumptions()).containsExactly(new Literal(shippedId, true));
            assertThat(w.unknownAssumptions()).containsExactly("fuel_price_doubled");
        }
    }
}
