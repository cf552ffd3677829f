package org.qantar.rules.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantar.rules.Engine;
import org.qantar.rules.PropositionStatus;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {

    private static Report report;
    private static String md;

    @BeforeAll
    static void write() {
        report = ReportFixture.report(Engine.load(), true);
        md = MarkdownReport.write(report, "report-map.svg");
    }

    @Test
    void everyOutcomeHasARowAndAHeading() {
        for (PropositionStatus o : report.outcomes()) {
            assertThat(md).contains("| `" + o.id() + "` |").contains("### `" + o.id() + "` ");
        }
    }

    @Test
    void theMapIsALinkToTheSvgBesideIt() {
        assertThat(md).contains("](report-map.svg)").contains("## The argument map");
    }

    @Test
    void theSameSectionsAsTheHtml() {
        assertThat(md).contains("## The scenario").contains("## Outcomes").contains("## Why each outcome")
                .contains("## The articles against the scenario").contains("## Simulation").contains("## Sensitivity")
                .contains("| score |");
        assertThat(md.lines().filter(l -> l.startsWith("| `") && l.contains("%")))
                .hasSizeGreaterThanOrEqualTo(report.simulation().orElseThrow().outcomes().size());
    }

    @Test
    void markdownCharactersInTextAreEscaped() {
        assertThat(MarkdownReport.text("a_b *c* [d] <e> |f|")).isEqualTo("a\\_b \\*c\\* \\[d\\] \\<e\\> \\|f\\|");
        assertThat(md).contains("A note with \\<markup\\> & \"quotes\".");
    }
}
