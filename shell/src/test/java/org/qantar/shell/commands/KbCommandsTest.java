package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.json.Json;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class KbCommandsTest extends ShellTestBase {

    @Test
    void export_prints_the_whole_catalogue_in_the_shape_other_tools_read() {
        // Through the dispatcher: Spring Shell's own parser (behind ShellTestClient) does not see that
        // --json of a two-word command is a flag.
        Run r = run("kb export --json");
        assertThat(r.status()).isZero();
        JsonNode json = Json.tree(r.output());

        assertThat(StatusCommandsTest.names(json)).containsExactly("sources", "propositions", "claims", "positions", "record");
        assertThat(json.get("sources").size()).isEqualTo(kb().sources().size());
        assertThat(json.get("claims").size()).isEqualTo(kb().claims().size());
        assertThat(StatusCommandsTest.names(json.get("claims").get(0))).containsExactly("id", "source", "name",
                "premises", "unless", "conclusion", "confidence", "section", "quote", "paraphrase");
    }

    @Test
    void validate_exits_0_with_a_summary_for_the_shipped_knowledge_base() {
        // The shipped knowledge base is sound (ShippedKnowledgeBaseTest checks each rule of it):
        // a validate that reported a problem here would be wrong, so this test fails then.
        Run r = run("kb validate");

        assertThat(r.status()).as(r.output()).isZero();
        assertThat(r.output().strip()).isEqualTo("knowledge base sound: " + kb().sources().size() + " sources, "
                + kb().propositions().size() + " propositions, " + kb().claims().size() + " claims, "
                + kb().positions().size() + " positions");
    }

    @Test
    void verify_against_a_directory_without_the_texts_says_so_once(@TempDir Path empty) {
        Run r = run("kb verify --texts " + empty);

        assertThat(r.status()).isEqualTo(1);
        // newcomer #16: one line per missing text, not one failure per quote (204 lines)
        assertThat(r.output().lines()).allMatch(l -> l.contains("text not found"))
                .hasSizeLessThanOrEqualTo(kb().sources().size());
        assertThat(r.message()).isEqualTo("kb verify: none of the article texts is in " + empty
                + " (give the directory that holds them)");
    }

    @Test
    void verify_needs_an_existing_directory() {
        Run missing = run("kb verify --texts /no/such/dir");
        Run noOption = run("kb verify");

        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.message()).startsWith("no such directory: /no/such/dir");
        assertThat(noOption.status()).isEqualTo(2);
        // newcomer #28: in Qantar's words, not Spring's "Required option '--texts' is missing."
        assertThat(noOption.message()).isEqualTo("kb verify needs --texts DIR, the directory of the article texts");
    }

    @Test
    void kb_alone_or_misspelt_names_its_subcommands() {
        Run alone = run("kb");
        Run typo = run("kb validat");

        assertThat(alone.status()).isEqualTo(2);
        assertThat(alone.message()).isEqualTo("kb needs a subcommand: kb add-source, kb convert, kb export, kb init, kb test, kb use, kb validate, kb verify");
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.message()).isEqualTo("unknown command 'kb validat' (did you mean kb validate?)");
    }
}
