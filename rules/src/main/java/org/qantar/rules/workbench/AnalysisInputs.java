package org.qantar.rules.workbench;

import org.qantar.model.Confidence;
import org.qantar.model.Prior;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an analysis (simulate, sensitivity) was run on: everything that decides its numbers. An
 * analysis kept with the session is current while these equal the session's, and stale once any
 * differs; {@link #changesTo} says which, in words a report can print.
 *
 * @param assumptions   literal texts, sorted (those about propositions the knowledge base lacks included)
 * @param lens          counted source ids, sorted; empty means every source
 * @param priors        driver id → prior, sorted by id
 * @param record        whether the record held
 * @param minConfidence the confidence floor
 * @param kbFingerprint the knowledge base's fingerprint; empty when unknown
 */
public record AnalysisInputs(List<String> assumptions, List<String> lens, Map<String, Prior> priors,
                             boolean record, Confidence minConfidence, String kbFingerprint) {

    public AnalysisInputs {
        assumptions = List.copyOf(assumptions);
        lens = List.copyOf(lens);
        priors = Collections.unmodifiableMap(new TreeMap<>(priors));
        Objects.requireNonNull(minConfidence, "minConfidence");
        kbFingerprint = kbFingerprint == null ? "" : kbFingerprint;
    }

    /** The inputs of a session state under the knowledge base with {@code kbFingerprint}. */
    public static AnalysisInputs of(WorkbenchState state, String kbFingerprint) {
        return new AnalysisInputs(state.assumptions(), state.lens(), state.priors(), state.record(),
                state.minConfidence(), kbFingerprint);
    }

    /**
     * What differs between these inputs (an analysis's) and {@code now} (the session's), one phrase
     * each ({@code assumptions were a !b, now a}); empty when the analysis is current.
     */
    public List<String> changesTo(AnalysisInputs now) {
        List<String> changes = new ArrayList<>();
        if (!assumptions.equals(now.assumptions)) {
            changes.add("assumptions were " + listed(assumptions) + ", now " + listed(now.assumptions));
        }
        if (!lens.equals(now.lens)) {
            changes.add("lens was " + lens(lens) + ", now " + lens(now.lens));
        }
        if (!priors.equals(now.priors)) {
            changes.add("priors were " + priors(priors) + ", now " + priors(now.priors));
        }
        if (record != now.record) {
            changes.add("record was " + (record ? "on" : "off") + ", now " + (now.record ? "on" : "off"));
        }
        if (minConfidence != now.minConfidence) {
            changes.add("confidence floor was " + minConfidence.label() + ", now " + now.minConfidence.label());
        }
        if (!kbFingerprint.equals(now.kbFingerprint)) {
            changes.add("the knowledge base changed");
        }
        return changes;
    }

    private static String listed(List<String> items) {
        return items.isEmpty() ? "none" : String.join(" ", items);
    }

    private static String lens(List<String> sources) {
        return sources.isEmpty() ? "every source" : String.join(" ", sources);
    }

    private static String priors(Map<String, Prior> priors) {
        if (priors.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        priors.forEach((id, p) -> parts.add(id + "=" + p));
        return String.join(" ", parts);
    }
}
