package org.qantar.rules.report;

import org.qantar.model.Prior;
import org.qantar.model.Source;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.map.StatusLook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The wording both report formats share: status labels, article references, numbers. */
final class ReportText {

    private ReportText() {
    }

    /** {@code ● SUPPORTED true · stated}: glyph, status, value and strength. */
    static String status(PropositionStatus s) {
        return StatusLook.of(s.status(), s.value()).glyph() + " " + s.label()
                + (s.strength() == null ? "" : " · " + s.strength().label())
                + (s.counterfactual() ? " · counterfactual" : "");
    }

    /** An article as a reader cites it: author, “title”, outlet, date; the id where the text names nothing. */
    static String reference(Source s) {
        List<String> parts = new ArrayList<>();
        if (s.author() != null) {
            parts.add(s.author());
        }
        if (s.title() != null) {
            parts.add("“" + s.title() + "”");
        }
        if (s.outlet() != null) {
            parts.add(s.outlet());
        }
        if (s.date() != null) {
            parts.add(s.date());
        }
        return parts.isEmpty() ? s.id() : String.join(", ", parts);
    }

    /** The confidence floor in words. */
    static String floor(Report report) {
        return report.confidenceFloor() == org.qantar.model.Confidence.POSSIBLE
                ? "possible: claims of every confidence count"
                : report.confidenceFloor().label() + ": only claims at least this confident count";
    }

    static String prior(Prior p) {
        return p.isBeta() ? p + " (mean " + String.format(Locale.ROOT, "%.2f", p.mean()) + ")" : p.toString();
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    static String signed(double x) {
        return String.format(Locale.ROOT, "%+.3f", x);
    }
}
