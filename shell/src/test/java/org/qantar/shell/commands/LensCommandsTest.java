package org.qantar.shell.commands;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LensCommandsTest extends ShellTestBase {

    @Test
    void lens_counts_only_the_named_sources_until_lens_all() throws Exception {
        String source = sourceWithClaims();

        String set = send("lens " + source);
        assertThat(set).startsWith("counting " + source + " (1 of ");
        assertThat(workbench.lens()).containsExactly(source);
        assertThat(workbench.evaluation().lens()).containsExactly(source);

        String all = send("lens all");
        assertThat(all).startsWith("counting every source");
        assertThat(workbench.lens()).isEmpty();
    }

    @Test
    void lens_alone_shows_the_lens_and_undo_restores_the_previous_one() throws Exception {
        String source = sourceWithClaims();
        send("lens " + source);

        assertThat(send("lens")).startsWith("counting " + source);
        send("undo");
        assertThat(workbench.lens()).isEmpty();
    }

    @Test
    void a_reprint_counts_as_its_original() throws Exception {
        // Only meaningful when the knowledge base has a reprint: skipped (not passed) otherwise.
        Assumptions.assumeTrue(reprint().isPresent(), "the knowledge base has no reprint");
        String reprint = reprint().orElseThrow();
        String original = kb().source(reprint).orElseThrow().reprintOf();

        send("lens " + reprint);

        assertThat(workbench.lens()).containsExactly(original);
    }

    @Test
    void evaluate_and_why_with_a_reprint_in_the_lens_count_its_original() {
        Assumptions.assumeTrue(reprint().isPresent(), "the knowledge base has no reprint");
        String reprint = reprint().orElseThrow();
        String original = kb().source(reprint).orElseThrow().reprintOf();
        String premises = String.join(",", chainingClaim().premises().stream().map(Object::toString).toList());

        Run viaReprint = run("evaluate --assume " + premises + " --lens " + reprint + " --json");
        Run viaOriginal = run("evaluate --assume " + premises + " --lens " + original + " --json");

        assertThat(viaReprint.status()).isZero();
        assertThat(viaReprint.output()).isEqualTo(viaOriginal.output());
    }

    @Test
    void unknown_sources_and_mixing_all_with_ids_are_usage_errors() {
        String source = sourceWithClaims();

        Run unknown = run("lens " + misspelt(source));
        Run mixed = run("lens all " + source);

        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.message()).contains(source);
        assertThat(mixed.status()).isEqualTo(2);
        assertThat(workbench.lens()).isEqualTo(List.of());
    }
}
