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
import org.qantar.rules.Engine;
import org.qantar.rules.Evaluation;
import org.qantar.rules.kb.KnowledgeBaseSource;

import java.nio.file.Path;
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

    private DriverToggle toggle;

    @Setup(Level.Trial)
    public void setUp() {
        if (kb.isBlank()) {
            throw new IllegalArgumentException("give the knowledge-base directory: -p kb=DIR");
        }
        toggle = new DriverToggle(Engine.open(new KnowledgeBaseSource.Directory(Path.of(kb)), null));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        toggle.close();
    }

    /** One change of one driver (assume true, assume false or withdraw), then every status. */
    @Benchmark
    public Evaluation changeOneAssumptionAndReadEveryStatus() {
        return toggle.changeOneDriverAndReadEveryStatus();
    }
}
