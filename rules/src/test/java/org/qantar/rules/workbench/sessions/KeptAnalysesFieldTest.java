package org.qantar.rules.workbench.sessions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qantar.model.Literal;
import org.qantar.model.Prior;
import org.qantar.model.Proposition;
import org.qantar.model.Session;
import org.qantar.model.json.Json;
import org.qantar.model.session.SessionCodec;
import org.qantar.rules.Engine;
import org.qantar.rules.ShippedEngine;
import org.qantar.rules.analysis.Baseline;
import org.qantar.rules.analysis.Sensitivity;
import org.qantar.rules.analysis.Simulation;
import org.qantar.rules.workbench.Workbench;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyses kept with a session: written with it, read back equal, a damaged field read as none. */
class KeptAnalysesFieldTest {

    private static Engine engine;

    @BeforeAll
    static void load() {
        engine = ShippedEngine.get();
    }

    private static Workbench analysed() {
        Workbench wb = new Workbench(engine);
        List<Proposition> drivers = engine.knowledgeBase().propositions().stream().filter(Proposition::isDriver).toList();
        wb.assume(List.of(new Literal(drivers.get(0).id(), false)));
        wb.setPrior(drivers.get(1).id(), Prior.beta(2, 5));
        wb.setPrior(drivers.get(2).id(), Prior.probability(0.25));
        Baseline b = Baseline.of(engine.graph(), wb.assumptions(), wb.lens(), wb.priors());
        wb.keepSimulation(new Simulation(b).run(300, 3));
        String outcome = engine.knowledgeBase().propositions().stream().filter(Proposition::isOutcome)
                .findFirst().orElseThrow().id();
        wb.keepSensitivity(new Sensitivity(b).run(Literal.parse("!" + outcome), 300, 4));
        return wb;
    }

    @Test
    void aSessionFileCarriesBothAnalysesAndAnotherWorkbenchGetsThemBackCurrent() {
        Workbench before = analysed();
        Session file = SessionCodec.decode(SessionCodec.encode(new WorkingSession(before, Clock.systemUTC()).current()),
                Path.of("autosave.json"));

        Workbench after = new Workbench(engine);
        new WorkingSession(after, Clock.systemUTC()).restore(file);

        assertThat(after.keptSimulation()).isEqualTo(before.keptSimulation());
        assertThat(after.keptSensitivity()).isEqualTo(before.keptSensitivity());
        assertThat(after.latestSimulation()).isPresent();
        assertThat(after.latestSensitivity()).isPresent();
    }

    @Test
    void aSessionWithoutAnalysesDropsTheOnesInMemory() {
        Workbench wb = analysed();
        Session none = new WorkingSession(new Workbench(engine), Clock.systemUTC()).current();

        new WorkingSession(wb, Clock.systemUTC()).restore(none);

        assertThat(wb.keptSimulation()).isEmpty();
        assertThat(wb.keptSensitivity()).isEmpty();
    }

    @Test
    void aDamagedFieldReadsAsNoAnalysisAndIsKeptAsItIs() {
        Workbench wb = analysed();
        JsonNode good = KeptAnalysesField.encode(wb.keptSimulation(), wb.keptSensitivity()).orElseThrow();
        var damaged = good.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) damaged.get("simulation").get("result")).put("samples", "many");
        ((tools.jackson.databind.node.ObjectNode) damaged.get("sensitivity")).remove("inputs");

        KeptAnalysesField.Read read = KeptAnalysesField.decode(damaged);

        assertThat(read.simulation()).isEmpty();
        assertThat(read.sensitivity()).isEmpty();
        assertThat(KeptAnalysesField.decode(Json.tree("[1, 2]")).simulation()).isEmpty();
        assertThat(KeptAnalysesField.decode(good).simulation()).isEqualTo(wb.keptSimulation());
        assertThat(KeptAnalysesField.encode(Optional.empty(), Optional.empty())).isEmpty();
    }
}
