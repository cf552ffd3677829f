package org.qantar.rules.workbench;

import org.qantar.model.Confidence;
import org.qantar.model.Prior;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A snapshot of the working session, enough to rebuild it: what a session file stores.
 *
 * @param assumptions literal texts ({@code x}, {@code !x}), sorted, including those about
 *                    propositions the knowledge base lacks
 * @param lens        counted source ids; empty means every source
 * @param priors      driver id → prior, sorted by id
 * @param record      whether the session reasons with the record
 * @param minConfidence the confidence floor
 */
public record WorkbenchState(String name, String note, Instant created, List<String> assumptions,
                             List<String> lens, Map<String, Prior> priors, boolean record,
                             Confidence minConfidence) {

    /** Assumption texts in literal order: by proposition id, {@code x} before {@code !x}. */
    public static final Comparator<String> ASSUMPTION_ORDER =
            Comparator.comparing((String t) -> Ids.parseLiteral(t));

    public WorkbenchState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
        note = note == null ? "" : note;
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        lens = lens == null ? List.of() : List.copyOf(lens);
        priors = priors == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(priors));
        minConfidence = minConfidence == null ? Confidence.POSSIBLE : minConfidence;
    }

    /** A state reasoning with the record and every claim. */
    public WorkbenchState(String name, String note, Instant created, List<String> assumptions, List<String> lens,
                          Map<String, Prior> priors) {
        this(name, note, created, assumptions, lens, priors, true, Confidence.POSSIBLE);
    }
}
