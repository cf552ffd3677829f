package org.qantar.rules.kb;

import org.junit.jupiter.api.Test;
import org.qantar.model.Claim;
import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Position;
import org.qantar.model.Proposition;
import org.qantar.model.PropositionKind;
import org.qantar.model.RecordedFact;
import org.qantar.model.Source;
import org.qantar.rules.KnowledgeBase;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteVerifierTest {

    private static Path fixture() throws URISyntaxException {
        return Path.of(QuoteVerifierTest.class.getResource("/verify-fixture/article.txt").toURI()).getParent();
    }

    private static KnowledgeBase kb(String claimQuote, String sha) {
        Source s = new Source("test", "A Test Article", null, null, null, null, "article.txt", sha, null);
        Proposition p = new Proposition("succession_incomplete", "The succession was incomplete.", PropositionKind.DRIVER);
        Proposition q = new Proposition("crisis", "There was a crisis.", PropositionKind.OUTCOME);
        Claim c = new Claim("test-01", "test", "name", List.of(Literal.parse("succession_incomplete")), List.of(),
                Literal.parse("crisis"), Confidence.STATED, "S", claimQuote, "ours");
        Position pos = new Position("test", "crisis", true, Confidence.STATED, "The crisis was not a coup.");
        return new KnowledgeBase(List.of(s), List.of(p, q), List.of(c), List.of(pos), "t");
    }

    private static String sha() throws Exception {
        return QuoteVerifier.sha256(Files.readAllBytes(fixture().resolve("article.txt")));
    }

    @Test
    void quotes_are_found_across_markup_curly_quotes_dashes_and_line_broken_words() throws Exception {
        QuoteVerifier.Report r = new QuoteVerifier().verify(
                kb("in the author's view, a product of the incomplete succession of power - and nothing else", sha()),
                fixture());

        assertThat(r.failures()).isEmpty();
        assertThat(r.textProblems()).isEmpty();
        assertThat(r.verified()).isEqualTo(2);
        assertThat(r.ok()).isTrue();
    }

    @Test
    void a_broken_quote_fails_by_claim_id() throws Exception {
        QuoteVerifier.Report r = new QuoteVerifier().verify(kb("the complete succession of power", sha()), fixture());

        assertThat(r.ok()).isFalse();
        assertThat(r.verified()).isEqualTo(1);
        assertThat(r.failures()).singleElement().asString().startsWith("test-01: quote not found");
    }

    @Test
    void a_recorded_facts_quote_is_found_in_one_of_its_sources_or_reported() throws Exception {
        KnowledgeBase base = kb("The crisis was not a coup.", sha());
        Proposition fact = new Proposition("coup_denied", "Nobody calls it a coup.", PropositionKind.FACT);
        List<RecordedFact> record = List.of(
                new RecordedFact("coup_denied", true, List.of("nowhere", "test"), "The crisis was not a coup."),
                new RecordedFact("crisis", true, List.of("test"), "a coup after all"));
        KnowledgeBase kb = new KnowledgeBase(base.sources(), List.of(base.propositions().get(0),
                base.propositions().get(1), fact), base.claims(), base.positions(), record, "t");

        QuoteVerifier.Report r = new QuoteVerifier().verify(kb, fixture());

        assertThat(r.checked()).isEqualTo(4);
        assertThat(r.failures()).singleElement().asString().startsWith("record crisis: quote not found in test");
    }

    @Test
    void a_text_whose_hash_differs_from_the_registry_is_reported() throws Exception {
        QuoteVerifier.Report r = new QuoteVerifier().verify(kb("The crisis was not a coup.", "ab".repeat(32)), fixture());

        assertThat(r.ok()).isFalse();
        assertThat(r.textProblems()).singleElement().asString().contains("SHA-256");
    }
}
