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
import org.qantar.rules.Engine;
import org.qantar.rules.Evaluation;

import java.util.concurrent.TimeUnit;

/**
 * The workbench's hot path on the shipped knowledge base ({@link DriverToggle}): change one driver
 * and read every status with its strength. Sample-time mode reports percentiles (p99).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    private DriverToggle toggle;

    @Setup(Level.Trial)
    public void setUp() {
        toggle = new DriverToggle(Engine.load());
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
