package org.qantar.shell.commands;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.model.Claim;
import org.qantar.model.json.Json;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** map through the dispatcher: formats, the neighbourhood, files, and the one-line errors. */
class MapCommandsTest extends ShellTestBase {

    @Test
    void theDefaultIsATextOutlineWithEveryClaimInFullOnce() {
        Run r = run("map");

        assertThat(r.status()).isZero();
        for (Claim c : kb().claims()) {
            assertThat(r.output().lines().filter(l -> l.strip().startsWith(c.id() + " (") && !l.endsWith("(above)")))
                    .as(c.id()).hasSize(1);
        }
    }

    @Test
    void aPropositionCutsTheMapToWhatLeadsToIt() {
        Claim claim = kb().claims().get(0);
        String target = claim.conclusion().proposition();

        Run r = run("map " + target + " --depth 1 --format dot");

        assertThat(r.status()).isZero();
        assertThat(r.output()).startsWith("digraph").contains("\"c:" + claim.id() + "\"");
        long claimNodes = r.output().lines().filter(l -> l.strip().startsWith("\"c:") && l.contains("shape=ellipse")).count();
        long concluding = kb().claims().stream().filter(c -> c.conclusion().proposition().equals(target)).count();
        assertThat(claimNodes).isEqualTo(concluding);
    }

    @Test
    void outWritesTheFileInTheFormatItsExtensionNames(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("map.svg");
        Path aif = dir.resolve("map.json");

        Run a = run("map --out " + svg);
        Run b = run("map --out " + aif);

        assertThat(a.status()).isZero();
        assertThat(a.output()).contains("svg map written to " + svg).contains(kb().claims().size() + " claims");
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg");
        assertThat(b.status()).isZero();
        assertThat(Json.tree(Files.readString(aif)).get("nodes").isArray()).isTrue();
    }

    @Test
    void mistakesAreOneLineUsageErrors() {
        Run unknown = run("map no_such_thing");
        Run format = run("map --format png");
        Run depth = run("map " + kb().propositionIds().get(0) + " --depth 0");
        Run depthAlone = run("map --depth 2");
        Run two = run("map " + kb().propositionIds().get(0) + " " + kb().propositionIds().get(1));

        for (Run r : new Run[] {unknown, format, depth, depthAlone, two}) {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.message()).doesNotContain("\n").doesNotContain("Exception");
        }
        assertThat(format.message()).contains("text, dot, svg, aif, argdown");
        assertThat(depthAlone.message()).contains("needs a proposition");
    }

    @Test
    void aMissingFolderIsAFailureNotAStackTrace(@TempDir Path dir) {
        Run r = run("map --out " + dir.resolve("no/such/folder/map.svg"));

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.message()).contains("does not exist").doesNotContain("\n");
    }

    @Test
    void helpExplainsTheFormats() {
        Run r = run("help map");

        assertThat(r.status()).isZero();
        assertThat(r.output()).contains("--format").contains("argdown").contains("--both");
    }
}
