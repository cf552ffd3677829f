package org.qantar.rules.report;

import org.qantar.model.Literal;
import org.qantar.rules.Justification;
import org.qantar.rules.Justification.ClaimNode;
import org.qantar.rules.Justification.PremiseNode;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.compare.Verdict;
import org.qantar.rules.markup.Tag;

import java.util.List;

/**
 * One outcome's justification as a collapsible section: the claims that carry its status, each with
 * its source, confidence, the article's own words and the reference, and under each claim its
 * premises with the claims behind them, down to the assumptions and the record.
 */
final class JustificationHtml {

    private JustificationHtml() {
    }

    static Tag details(Justification j, Report report) {
        PropositionStatus s = j.status();
        Tag summary = Tag.of("summary").add(Tag.of("code").text(j.proposition()))
                .text(" " + ReportText.status(s) + " — " + report.statement(j.proposition()));
        Tag details = Tag.of("details").attr("id", "why-" + j.proposition()).add(summary);
        switch (s.status().name()) {
            case "CONTESTED" -> {
                details.add(Tag.of("p").text("Possibly true because:"), claims(j.supportTrue(), report));
                details.add(Tag.of("p").text("Possibly false because:"), claims(j.supportFalse(), report));
            }
            case "OPEN" -> details.add(Tag.of("p").text("No counted claim reaches it under this scenario."));
            default -> {
                if (j.support().isEmpty()) {
                    details.add(Tag.of("p").text(s.status().name().equals("ASSUMED")
                            ? "You assumed it." : "It holds without a claim behind it (the record)."));
                } else {
                    details.add(Tag.of("p").text((s.status().name().equals("ASSUMED") ? "You assumed it; the "
                            + "sources also carry it:" : "Because:")), claims(j.support(), report));
                }
            }
        }
        if (!j.tensions().isEmpty()) {
            details.add(Tag.of("p").text("Claims pushing against it:"), claims(j.tensions(), report));
        }
        return details;
    }

    private static Tag claims(List<ClaimNode> nodes, Report report) {
        Tag ul = Tag.of("ul").attr("class", "claims");
        for (ClaimNode c : nodes) {
            ul.add(claim(c, report));
        }
        return ul;
    }

    private static Tag claim(ClaimNode c, Report report) {
        Tag li = Tag.of("li").attr("class", "claim");
        Tag head = Tag.of("p").add(Tag.of("strong").text(c.claim())).text(" (")
                .add(Tag.of("a").attr("href", "#source-" + c.source()).text(c.source()))
                .text(", " + c.confidence().label() + "): " + reasoning(c)
                        + (c.paraphrase() == null || c.paraphrase().isBlank() ? "" : " — " + c.paraphrase()));
        li.add(head);
        if (c.quote() != null && !c.quote().isBlank()) {
            String reference = report.kb().source(c.source()).map(ReportText::reference).orElse(c.source());
            li.add(Tag.of("blockquote").add(Tag.of("p").text("“" + c.quote() + "”"),
                    Tag.of("footer").text("— ").add(Tag.of("cite").text(reference))));
        }
        if (!c.defeatedBy().isEmpty()) {
            li.add(Tag.of("p").attr("class", "defeated").text("Establishes nothing: its unless "
                    + String.join(", ", c.defeatedBy().stream().map(Literal::toString).toList()) + " may hold."));
        }
        if (!c.premises().isEmpty()) {
            Tag premises = Tag.of("ul").attr("class", "premises");
            for (PremiseNode p : c.premises()) {
                Tag pli = Tag.of("li").add(Tag.of("code").text(p.literal().toString()))
                        .text(" " + p.status() + (p.assumed() ? " (assumed)" : "") + (p.shownAbove() ? " (shown above)" : ""));
                if (!p.because().isEmpty() && !p.shownAbove()) {
                    Tag because = Tag.of("ul").attr("class", "claims");
                    p.because().forEach(b -> because.add(claim(b, report)));
                    pli.add(because);
                }
                premises.add(pli);
            }
            li.add(premises);
        }
        return li;
    }

    private static String reasoning(ClaimNode c) {
        List<String> premises = c.premises().stream().map(p -> p.literal().toString()).toList();
        return (premises.isEmpty() ? "" : String.join(", ", premises) + " ⇒ ") + c.conclusion();
    }

    /** The compare matrix's symbol of a verdict, as the shell prints it. */
    static String symbol(Verdict v) {
        return v.symbol();
    }
}
