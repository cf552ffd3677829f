package org.qantar.rules.hindsight;

import org.junit.jupiter.api.Test;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.kb.KnowledgeBaseLoader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code seeds/resolutions.json} against the knowledge base it ships with. */
class ShippedResolutionsTest {

    private static final KnowledgeBase KB = KnowledgeBaseLoader.fromClasspath().load().knowledgeBase();
    private static final List<Resolution> SHIPPED = ShippedResolutions.load();

    @Test
    void everyShippedResolutionNamesAPropositionOfTheShippedKnowledgeBaseOnce() {
        assertThat(SHIPPED).isNotEmpty();
        assertThat(SHIPPED).allSatisfy(r -> assertThat(KB.proposition(r.proposition())).as(r.proposition()).isPresent());
        assertThat(SHIPPED.stream().map(Resolution::proposition)).doesNotHaveDuplicates();
        assertThat(Resolutions.of(KB, SHIPPED, List.of()).unknown()).isEmpty();
    }

    @Test
    void everyShippedResolutionSaysWhereToCheckIt() {
        assertThat(SHIPPED).allSatisfy(r -> {
            assertThat(r.reference()).as(r.proposition()).isNotBlank();
            assertThat(r.evidence().split("\\s+").length).as(r.proposition()).isGreaterThan(10);
        });
    }
}
