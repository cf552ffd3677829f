package org.qantar.rules.workbench.sessions;

import org.qantar.model.Session;
import org.qantar.rules.Evaluation;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.workbench.Workbench;
import org.qantar.rules.workbench.WorkbenchState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link Workbench}'s session as a {@link Session} file holds it, and back. Keeps what the file
 * the working session came from carries and the workbench does not (top-level fields of a newer
 * Qantar), so that they are written again by the next save or autosave.
 */
public final class WorkingSession {

    /** The session file's field naming the knowledge base; kept as an extra so the schema stays version 1. */
    public static final String KB_FIELD = "kb";

    private final Workbench workbench;
    private final Clock clock;
    private volatile Map<String, JsonNode> extras = Map.of();

    public WorkingSession(Workbench workbench, Clock clock) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Workbench workbench() {
        return workbench;
    }

    /** The working session now: inputs, outcomes, knowledge-base fingerprint, saved now. */
    public Session current() {
        return of(workbench.state());
    }

    /**
     * A state the workbench reported, with the outcomes of its current evaluation and the name of the
     * knowledge base they come from (the extra field {@value #KB_FIELD}, beside its fingerprint).
     */
    Session of(WorkbenchState state) {
        Map<String, JsonNode> withKb = new LinkedHashMap<>(extras);
        withKb.put(KB_FIELD, JsonNodeFactory.instance.stringNode(workbench.engine().source().name()));
        // The analyses kept with the session go with it; with none kept, the file's own field (if any) stays.
        KeptAnalysesField.encode(workbench.keptSimulation(), workbench.keptSensitivity())
                .ifPresent(node -> withKb.put(KeptAnalysesField.NAME, node));
        return new Session(state.name(), state.note(), state.created(), clock.instant(), state.assumptions(),
                state.lens(), state.priors(), workbench.knowledgeBase().fingerprint(),
                labels(workbench.evaluation()), withKb, state.record(), state.minConfidence());
    }

    /**
     * The name of the knowledge base a session was saved under ({@code shipped}, or a directory's
     * name); empty for files written before knowledge bases had names.
     */
    public static String kbName(Session session) {
        JsonNode name = session.extras().get(KB_FIELD);
        return name == null || !name.isString() ? "" : name.stringValue();
    }

    /** Makes {@code saved} the working session, re-evaluated; returns what moved. */
    List<Evaluation.Change> restore(Session saved) {
        return restore(saved, false);
    }

    /**
     * Makes {@code saved} the working session; {@code deferred}: evaluated only when something first
     * needs an evaluation, if the workbench's scenario is still to come (start-up; nothing moved).
     */
    List<Evaluation.Change> restore(Session saved, boolean deferred) {
        // Before the workbench changes: its change fires the autosave, which must carry these
        // extras, not the previous session's (hostile tests: extras dropped or copied across).
        Map<String, JsonNode> previous = extras;
        var previousSimulation = workbench.keptSimulation().orElse(null);
        var previousSensitivity = workbench.keptSensitivity().orElse(null);
        extras = saved.extras();
        try {
            // The saved session's analyses (none if it has none) replace the current ones before the
            // restore tells the autosave, so that it writes them, not the previous session's.
            KeptAnalysesField.Read analyses = KeptAnalysesField.decode(saved.extras().get(KeptAnalysesField.NAME));
            workbench.restoreAnalyses(analyses.simulation().orElse(null), analyses.sensitivity().orElse(null));
            if (deferred) {
                workbench.restoreDeferred(stateOf(saved));
                return List.of();
            }
            return workbench.restore(stateOf(saved));
        } catch (RuntimeException e) {
            extras = previous;
            workbench.restoreAnalyses(previousSimulation, previousSensitivity);
            throw e;
        }
    }

    static WorkbenchState stateOf(Session s) {
        return new WorkbenchState(s.name(), s.note(), s.created(), s.assumptions(), s.lens(), s.priors(), s.record(),
                s.minConfidence());
    }

    /** Proposition id → status label ({@code SUPPORTED true}), in knowledge-base order. */
    static Map<String, String> labels(Evaluation evaluation) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (PropositionStatus s : evaluation.statuses()) {
            labels.put(s.id(), s.label());
        }
        return labels;
    }

    Clock clock() {
        return clock;
    }
}
