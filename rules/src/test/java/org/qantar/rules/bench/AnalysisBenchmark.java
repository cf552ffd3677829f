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
import org.openjdk.jmh.annotations.Warmup;
import org.qantar.model.Literal;
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.kb.KnowledgeBaseLoader;
import org.qantar.rules.analysis.Baseline;
import org.qantar.rules.analysis.EnumerationResult;
import org.qantar.rules.analysis.Reach;
import org.qantar.rules.analysis.ReachResult;
import org.qantar.rules.analysis.ScenarioEnumeration;
import org.qantar.rules.analysis.Sensitivity;
import org.qantar.rules.analysis.SensitivityResult;
import org.qantar.rules.analysis.Simulation;
import org.qantar.rules.analysis.SimulationResult;
import org.qantar.rules.analysis.TestKb;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The analysis speed targets, on a synthetic knowledge base the size of the real one (20 drivers,
 * 20 outcomes, 70 claims, 5 sources) and on the shipped one: {@code simulate --samples 100000}
 * within 2 s and {@code scenarios} over 20 drivers (1,048,576 worlds) within 10 s, on every
 * processor. Run with {@code bench/jmh.sh AnalysisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class AnalysisBenchmark {

    /** {@code synthetic}: 20 drivers, 20 outcomes, 70 claims; {@code shipped}: the knowledge base in the jar. */
    @Param({"synthetic", "shipped"})
    public String kb;

    private Baseline baseline;
    private Literal target;

    @Setup(Level.Trial)
    public void setUp() {
        KnowledgeBase knowledgeBase = knowledgeBase(kb);
        baseline = Baseline.of(new GraphEvaluator(knowledgeBase), List.of(), List.of(), Map.of());
        // The last outcome: in both knowledge bases it sits at the end of the longest chains.
        target = Literal.parse(knowledgeBase.propositions().stream().filter(p -> p.isOutcome())
                .reduce((a, b) -> b).orElseThrow().id());
    }

    static KnowledgeBase knowledgeBase(String which) {
        return which.equals("shipped") ? KnowledgeBaseLoader.fromClasspath().load().knowledgeBase()
                : TestKb.synthetic(7, 20, 20, 70);
    }

    @Benchmark
    public SimulationResult simulate100k() {
        return new Simulation(baseline).run(100_000, 1);
    }

    @Benchmark
    public EnumerationResult scenarios20Drivers() {
        return new ScenarioEnumeration(baseline).run();
    }

    @Benchmark
    public SensitivityResult sensitivity10k() {
        return new Sensitivity(baseline).run(target, 10_000, 1);
    }

    @Benchmark
    public ReachResult reach3() {
        return new Reach(baseline).run(target, 3);
    }
}
