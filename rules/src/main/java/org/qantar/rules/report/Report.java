package org.qantar.rules.report;

import org.qantar.model.Confidence;
import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.Proposition;
import org.qantar.rules.Evaluation;
import org.qantar.rules.Justification;
import org.qantar.rules.Justifier;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.PropositionStatus;
import org.qantar.rules.analysis.SensitivityResult;
import org.qantar.rules.analysis.SimulationResult;
import org.qantar.rules.compare.Comparison;
import org.qantar.rules.hindsight.Hindsight;
import org.qantar.rules.hindsight.ProbabilityMap;
import org.qantar.rules.hindsight.Scorecard;
import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.MapBuilder;
import org.qantar.rules.workbench.AnalysisInputs;
import org.qantar.rules.workbench.KeptAnalysis;
import org.qantar.rules.workbench.Workbench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report shows, read off the workbench in one go: the scenario (name, note,
 * assumptions, lens, priors), the outcomes with their status, the argument map, each outcome's
 * justification, the comparison with the articles, the scorecard when resolutions exist, and the
 * latest simulation and sensitivity kept with the session (current or not: the report says which).
 * Nothing is evaluated here: the report shows the evaluation the shell shows.
 *
 * @param unknownAssumptions assumptions about propositions this knowledge base lacks, kept verbatim
 * @param lens               the counted sources; empty means every source
 * @param confidenceFloor    only claims at least this confident count ({@code possible}: every claim)
 * @param record             whether the record holds (facts at their recorded values unless assumed)
 * @param outcomes           the outcome propositions' statuses, in knowledge-base order
 * @param justifications     one per outcome, in the same order
 * @param simulationRun      the latest simulation kept with the session, if any, whatever it was run on
 * @param sensitivityRun     the latest sensitivity analysis kept with the session, if any
 * @param inputs             what an analysis run now would be run on, to tell a kept one's staleness
 * @param scorecard          each article's record against the resolutions in force, when there are any
 */
public record Report(String name, String note, Instant generated, KnowledgeBase kb, Evaluation evaluation,
                     List<Literal> assumptions, List<String> unknownAssumptions, List<String> lens,
                     Confidence confidenceFloor, boolean record, Map<String, Prior> priors, List<PropositionStatus> outcomes, ArgumentMap map,
                     List<Justification> justifications, Comparison comparison,
                     Optional<KeptAnalysis<SimulationResult>> simulationRun,
                     Optional<KeptAnalysis<SensitivityResult>> sensitivityRun, AnalysisInputs inputs,
                     Optional<Scorecard> scorecard) {

    public Report {
        Objects.requireNonNull(name, "name");
        note = note == null ? "" : note;
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(evaluation, "evaluation");
        assumptions = List.copyOf(assumptions);
        unknownAssumptions = List.copyOf(unknownAssumptions);
        lens = List.copyOf(lens);
        Objects.requireNonNull(confidenceFloor, "confidenceFloor");
        priors = Map.copyOf(priors);
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(map, "map");
        justifications = List.copyOf(justifications);
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(simulationRun, "simulationRun");
        Objects.requireNonNull(sensitivityRun, "sensitivityRun");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(scorecard, "scorecard");
    }

    /** The report of the workbench as it stands, without hindsight. */
    public static Report of(Workbench workbench, Instant now) {
        return of(workbench, Optional.empty(), now);
    }

    /**
     * The report of the workbench as it stands, with the scorecard (at the default probabilities)
     * when {@code hindsight} has resolutions in force for this knowledge base.
     */
    public static Report of(Workbench workbench, Hindsight hindsight, Instant now) {
        Optional<Scorecard> scorecard = hindsight.resolutions().size() == 0 ? Optional.empty()
                : Optional.of(hindsight.scorecard(ProbabilityMap.DEFAULT));
        return of(workbench, scorecard, now);
    }

    private static Report of(Workbench workbench, Optional<Scorecard> scorecard, Instant now) {
        synchronized (workbench) {
            KnowledgeBase kb = workbench.knowledgeBase();
            Evaluation e = workbench.evaluation();
            List<PropositionStatus> outcomes = new ArrayList<>();
            List<Justification> justifications = new ArrayList<>();
            for (Proposition p : kb.propositions()) {
                if (p.isOutcome()) {
                    outcomes.add(e.status(p.id()).orElseThrow());
                    justifications.add(Justifier.explain(kb, e, p.id()));
                }
            }
            return new Report(workbench.sessionName(), workbench.note(), now, kb, e, workbench.assumptions(),
                    workbench.unknownAssumptions(), workbench.lens(), workbench.minConfidence(), workbench.record(),
                    workbench.priors(), outcomes,
                    MapBuilder.of(kb, e), justifications, Comparison.of(kb, e), workbench.keptSimulation(),
                    workbench.keptSensitivity(), workbench.analysisInputs(), scorecard);
        }
    }

    /** The latest simulation, if it was run on the session's inputs as they are now. */
    public Optional<SimulationResult> simulation() {
        return simulationRun.filter(k -> k.currentFor(inputs)).map(KeptAnalysis::result);
    }

    /** The latest sensitivity analysis, if it was run on the session's inputs as they are now. */
    public Optional<SensitivityResult> sensitivity() {
        return sensitivityRun.filter(k -> k.currentFor(inputs)).map(KeptAnalysis::result);
    }

    /** The statement of a proposition, or its id if the knowledge base lacks it. */
    public String statement(String proposition) {
        return kb.proposition(proposition).map(Proposition::statement).orElse(proposition);
    }

    /** The assumptions that go against the record (counterfactuals). */
    public List<Literal> counterfactuals() {
        return assumptions.stream().filter(l -> evaluation.status(l.proposition())
                .map(PropositionStatus::counterfactual).orElse(false)).toList();
    }
}
