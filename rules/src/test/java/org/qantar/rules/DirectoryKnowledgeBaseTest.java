package org.qantar.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qantar.rules.kb.KnowledgeBaseSource;
import org.qantar.rules.workbench.KnowledgeBaseFiles;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A directory knowledge base opens with its catalogue and builds its claim rules only when first
 * needed, so that {@code kb validate} or {@code kb export} of a large one does not pay for the Rete
 * network of every claim.
 */
class DirectoryKnowledgeBaseTest {

    @Test
    void the_rules_are_built_on_first_use_and_hold_exactly_the_catalogue_claims(@TempDir Path home, @TempDir Path tmp) {
        Path dir = tmp.resolve("copy");
        KnowledgeBaseFiles.init(dir, true);

        Engine engine = Engine.open(new KnowledgeBaseSource.Directory(dir), home);

        assertThat(engine.rulesBuilt()).isFalse();
        Set<String> before = engine.compiledClaimIds();
        assertThat(engine.rulesBuilt()).as("answered from the catalogue").isFalse();
        assertThat(before).isEqualTo(new TreeSet<>(engine.knowledgeBase().claimIds())).hasSizeGreaterThan(100);
        try (Scenario s = engine.newScenario()) {
            assertThat(s.evaluation().statuses()).isNotEmpty();
        }
        assertThat(engine.rulesBuilt()).isTrue();
        assertThat(engine.compiledClaimIds()).isEqualTo(before);
    }

    @Test
    void the_shipped_engine_has_its_compiled_rules_from_the_start() {
        assertThat(Engine.load().rulesBuilt()).isTrue();
    }
}
