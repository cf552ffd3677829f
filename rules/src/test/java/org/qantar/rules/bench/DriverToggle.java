package org.qantar.rules.bench;

import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.rules.Engine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.Scenario;

import java.util.List;
import java.util.Random;

/**
 * The workbench's hot path, shared by {@link EngineBenchmark}, {@link DirectoryKbBenchmark} and
 * {@link EngineCpuTime}: a warm stateful Drools evaluation of a whole knowledge base with about
 * half its drivers assumed at random; each step changes one random driver (assume true, assume
 * false or withdraw) and reads every status with its strength. Seeded, so every run makes the
 * same changes.
 */
final class DriverToggle implements AutoCloseable {

    private final Scenario scenario;
    private final List<String> drivers;
    private final Random random = new Random(42);

    DriverToggle(Engine engine) {
        drivers = engine.knowledgeBase().propositions().stream().filter(Proposition::isDriver)
                .map(Proposition::id).toList();
        scenario = engine.newScenario();
        for (String d : drivers) {
            if (random.nextBoolean()) {
                scenario.assume(new Literal(d, random.nextBoolean()));
            }
        }
        scenario.evaluation();
    }

    /** One change of one driver, then every status. */
    Evaluation changeOneDriverAndReadEveryStatus() {
        String d = drivers.get(random.nextInt(drivers.size()));
        switch (random.nextInt(3)) {
            case 0 -> scenario.assume(new Literal(d, true));
            case 1 -> scenario.assume(new Literal(d, false));
            default -> scenario.unassume(d);
        }
        return scenario.evaluation();
    }

    @Override
    public void close() {
        scenario.close();
    }
}
