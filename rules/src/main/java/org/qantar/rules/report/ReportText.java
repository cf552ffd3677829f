package org.qantar.rules.report;

import org.qantar.model.Prior;
import org.qantar.model.Source;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.hindsight.ProbabilityMap;
import org.qantar.rules.hindsight.Scorecard;
import org.qantar.rules.map.StatusLook;
import org.qantar.rules.workbench.AnalysisInputs;
import org.qantar.rules.workbench.KeptAnalysis;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    static final String BRIER_EXPLAINED = "Brier: the mean of (p − o)² over the scored positions, p the probability "
            + "of the article's stance, o 1 if it held and 0 if not; lower is better (0 perfect, 0.25 a coin flip's). "
            + "Partly resolved and unresolved positions are not scored.";

    /** The scorecard's first sentence: what is scored, against how many resolutions, at which probabilities. */
    static String scorecardIntro(Scorecard s) {
        ProbabilityMap p = s.probabilities();
        return "Each article's outcome positions against what happened (" + s.resolutions()
                + " propositions resolved), scored as forecasts: stated " + probability(p.stated()) + ", likely "
                + probability(p.likely()) + ", possible " + probability(p.possible()) + ".";
    }

    static String brier(Double brier) {
        return brier == null ? "—" : String.format(Locale.ROOT, "%.3f", brier);
    }

    static String probability(double p) {
        return String.format(Locale.ROOT, "%.2f", p);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** {@code run 2026-11-30 06:52 UTC on: assumptions a !b; every source; record on; floor possible; no priors}. */
    static String ranOn(KeptAnalysis<?> k) {
        AnalysisInputs in = k.inputs();
        List<String> priors = new ArrayList<>();
        in.priors().forEach((id, p) -> priors.add(id + "=" + p));
        return "run " + WHEN.format(k.ranAt()) + " on: assumptions " + (in.assumptions().isEmpty() ? "none"
                : String.join(" ", in.assumptions())) + "; " + (in.lens().isEmpty() ? "every source counted"
                : "only " + String.join(" ", in.lens()) + " counted") + "; record " + (in.record() ? "on" : "off")
                + "; confidence floor " + in.minConfidence().label() + "; "
                + (priors.isEmpty() ? "no priors" : "priors " + String.join(" ", priors));
    }

    /**
     * Why a kept analysis is not shown: when it ran, on what, and what changed since; how to refresh it.
     *
     * @param what    {@code simulation}, {@code sensitivity analysis}
     * @param command the command that runs it again
     */
    static String stale(KeptAnalysis<?> k, AnalysisInputs now, String what, String command) {
        return "The latest " + what + " kept with this session (" + ranOn(k) + ") no longer matches the scenario: "
                + String.join("; ", k.inputs().changesTo(now)) + ". It is not shown; run " + command
                + " again, then report.";
    }
}
