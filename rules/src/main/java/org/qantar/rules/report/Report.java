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
import org.qantar.rules.map.ArgumentMap;
import org.qantar.rules.map.MapBuilder;
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
 * justification, the comparison with the articles, and the latest simulation and sensitivity run on
 * these inputs. Nothing is evaluated here: the report shows the evaluation the shell shows.
 *
 * @param unknownAssumptions assumptions about propositions this knowledge base lacks, kept verbatim
 * @param lens               the counted sources; empty means every source
 * @param confidenceFloor    only claims at least this confident count ({@code possible}: every claim)
 * @param record             whether the record holds (facts at their recorded values unless assumed)
 * @param outcomes           the outcome propositions' statuses, in knowledge-base order
 * @param justifications     one per outcome, in the same order
 * @param simulation         the latest simulation on these inputs, if any
 * @param sensitivity        the latest sensitivity analysis on these inputs, if any
 */
public record Report(String name, String note, Instant generated, KnowledgeBase kb, Evaluation evaluation,
                     List<Literal> assumptions, List<String> unknownAssumptions, List<String> lens,
                     Confidence confidenceFloor, boolean record, Map<String, Prior> priors, List<PropositionStatus> outcomes, ArgumentMap map,
                     List<Justification> justifications, Comparison comparison,
                     Optional<SimulationResult> simulation, Optional<SensitivityResult> sensitivity) {

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
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(sensitivity, "sensitivity");
    }

    /** The report of the workbench as it stands. */
    public static Report of(Workbench workbench, Instant now) {
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
                    MapBuilder.of(kb, e), justifications, Comparison.of(kb, e), workbench.latestSimulation(),
                    workbench.latestSensitivity());
        }
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
