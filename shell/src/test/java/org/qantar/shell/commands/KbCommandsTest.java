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
    void validate_exits_0_with_a_summary_when_sound_and_1_with_one_line_per_problem_otherwise() {
        Run r = run("kb validate");

        if (r.status() == 0) {
            assertThat(r.output().strip()).isEqualTo("knowledge base sound: " + kb().sources().size() + " sources, "
                    + kb().propositions().size() + " propositions, " + kb().claims().size() + " claims, "
                    + kb().positions().size() + " positions");
        } else {
            assertThat(r.status()).isEqualTo(1);
            long lines = r.output().lines().count();
            assertThat(r.message()).isEqualTo(lines + (lines == 1 ? " problem" : " problems") + " in the knowledge base");
        }
    }

    @Test
    void verify_against_a_directory_without_the_texts_fails_every_quote(@TempDir Path empty) {
        Run r = run("kb verify --texts " + empty);

        assertThat(r.status()).isEqualTo(1);
        int quotes = kb().claims().size() + kb().positions().size() + kb().record().size();
        assertThat(r.output()).startsWith("0/" + quotes + " quotes verified");
        assertThat(r.output()).contains("text not found");
    }

    @Test
    void verify_needs_an_existing_directory() {
        Run missing = run("kb verify --texts /no/such/dir");
        Run noOption = run("kb verify");

        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.message()).startsWith("no such directory: /no/such/dir");
        assertThat(noOption.status()).isEqualTo(2);
        assertThat(noOption.message()).contains("--texts");
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
