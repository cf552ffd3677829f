package org.qantar.rules.report;

import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.Proposition;
import org.qantar.rules.Engine;
import org.qantar.rules.analysis.Baseline;
import org.qantar.rules.analysis.Sensitivity;
import org.qantar.rules.analysis.Simulation;
import org.qantar.rules.workbench.Workbench;

import java.time.Instant;
import java.util.List;

/** A workbench on the shipped knowledge base with a scenario, a note, a prior and both analyses kept. */
final class ReportFixture {

    static final Instant WHEN = Instant.parse("2026-11-30T05:00:00Z");

    private ReportFixture() {
    }

    static Workbench scenario(Engine engine, boolean analyses) {
        Workbench wb = new Workbench(engine);
        List<Proposition> drivers = engine.knowledgeBase().propositions().stream().filter(Proposition::isDriver).toList();
        wb.assume(List.of(new Literal(drivers.get(0).id(), true), new Literal(drivers.get(1).id(), false)));
        wb.setPrior(drivers.get(2).id(), Prior.probability(0.3));
        wb.setNote("A note with <markup> & \"quotes\".");
        wb.rename("test-scenario");
        if (analyses) {
            Baseline b = Baseline.of(engine.graph(), wb.assumptions(), wb.lens(), wb.priors());
            wb.keepSimulation(new Simulation(b).run(2_000, 1));
            String outcome = engine.knowledgeBase().propositions().stream().filter(Proposition::isOutcome)
                    .filter(p -> wb.evaluation().status(p.id()).orElseThrow().status().name().equals("ASSUMED") == false)
                    .findFirst().orElseThrow().id();
            wb.keepSensitivity(new Sensitivity(b).run(Literal.parse(outcome), 2_000, 1));
        }
        return wb;
    }

    static Report report(Engine engine, boolean analyses) {
        return Report.of(scenario(engine, analyses), WHEN);
    }
}
