package org.qantar.rules.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.qantar.model.Literal;
import org.qantar.model.Proposition;
import org.qantar.rules.Engine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.Scenario;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The workbench's hot path: on a warm stateful Drools evaluation of the full knowledge base,
 * change one assumption and read every status. Sample-time mode reports percentiles (p99).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    private Scenario scenario;
    private List<String> drivers;
    private Random random;

    @Setup(Level.Trial)
    public void setUp() {
        Engine engine = Engine.load();
        drivers = engine.knowledgeBase().propositions().stream().filter(Proposition::isDriver).map(Proposition::id).toList();
        scenario = engine.newScenario();
        random = new Random(42);
        for (String d : drivers) {
            if (random.nextBoolean()) {
                scenario.assume(new Literal(d, random.nextBoolean()));
            }
        }
        scenario.evaluation();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        scenario.close();
    }

    /** One change of one driver (assume true, assume false or withdraw), then every status. */
    @Benchmark
    public Evaluation changeOneAssumptionAndReadEveryStatus() {
        String d = drivers.get(random.nextInt(drivers.size()));
        switch (random.nextInt(3)) {
            case 0 -> scenario.assume(new Literal(d, true));
            case 1 -> scenario.assume(new Literal(d, false));
            default -> scenario.unassume(d);
        }
        return scenario.evaluation();
    }
}
