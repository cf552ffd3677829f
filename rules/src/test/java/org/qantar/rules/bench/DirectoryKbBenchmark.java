package org.qantar.rules.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
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
import org.qantar.rules.kb.KnowledgeBaseSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * {@link EngineBenchmark}'s toggle on a knowledge base kept in a directory (its claim rules built at
 * run time), e.g. the one {@code bench/generate-kb.py} writes:
 * {@code bench/jmh.sh DirectoryKbBenchmark -p kb=/tmp/gen2000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DirectoryKbBenchmark {

    @Param("")
    public String kb;

    private Scenario scenario;
    private List<String> drivers;
    private Random random;

    @Setup(Level.Trial)
    public void setUp() {
        if (kb.isBlank()) {
            throw new IllegalArgumentException("give the knowledge-base directory: -p kb=DIR");
        }
        Engine engine = Engine.open(new KnowledgeBaseSource.Directory(Path.of(kb)), null);
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
