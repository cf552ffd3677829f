package org.qantar.rules.compare;

import org.junit.jupiter.api.Test;
import org.qantar.model.Confidence;
import org.qantar.model.Position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qantar.rules.compare.SyntheticKb.KB;
import static org.qantar.rules.compare.SyntheticKb.literals;

class ArticlesTest {

    private final Articles articles = new Articles(KB);

    @Test
    void aReprintIsNotASecondVoice() {
        assertThat(articles.all()).extracting(Article::source).containsExactly("alpha", "beta", "gamma");
    }

    @Test
    void aReprintsPositionsMergeIntoItsOriginalsInKnowledgeBaseOrder() {
        Article alpha = articles.require("alpha");

        assertThat(alpha.drivers()).extracting(Position::proposition).containsExactly("d1", "d2", "d3");
        assertThat(alpha.outcomes()).extracting(Position::proposition)
                .containsExactly("o1", "o2", "o3", "o4", "o5", "o6", "o7");
        assertThat(alpha.positions()).hasSize(10);
    }

    @Test
    void onTheSamePropositionTheOriginalsPositionWins() {
        Position o1 = articles.require("alpha").outcomes().get(0);

        assertThat(o1.source()).isEqualTo("alpha");
        assertThat(o1.confidence()).isEqualTo(Confidence.STATED);
    }

    @Test
    void aReprintIdFindsItsOriginal() {
        assertThat(articles.require("alpha-reprint")).isEqualTo(articles.require("alpha"));
    }

    @Test
    void adoptingAnArticleAssumesItsDriverPositionsIncludingItsReprints() {
        assertThat(articles.require("alpha").assumptions()).isEqualTo(literals("d1", "d2", "d3"));
        assertThat(articles.require("gamma").assumptions()).isEqualTo(literals("d1"));
    }

    @Test
    void anArticleWithoutDriverPositionsAssumesNothing() {
        assertThat(articles.require("beta").assumptions()).isEmpty();
    }

    @Test
    void anUnknownSourceIsRefusedWithTheNearestIds() {
        assertThat(articles.find("gama")).isEmpty();
        assertThatThrownBy(() -> articles.require("gama"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown source 'gama' (did you mean gamma");
    }
}
