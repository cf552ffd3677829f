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
import org.qantar.rules.KnowledgeBase;
import org.qantar.rules.graph.GraphEvaluator;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/** One evaluation of one world by the plain-Java evaluator, on one thread: the unit cost of bulk analysis. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvaluatorBenchmark {

    private static final int WORLDS = 1024;

    @Param({"synthetic", "shipped"})
    public String kb;

    private GraphEvaluator graph;
    private GraphEvaluator.Workspace workspace;
    private boolean[][] worlds;
    private int next;
    private int last;

    @Setup(Level.Trial)
    public void setUp() {
        KnowledgeBase knowledgeBase = AnalysisBenchmark.knowledgeBase(kb);
        graph = new GraphEvaluator(knowledgeBase);
        int[] drivers = knowledgeBase.propositions().stream().filter(p -> p.isDriver())
                .mapToInt(p -> graph.propositionIndex(p.id())).toArray();
        last = graph.propositionCount() - 1;
        workspace = graph.newWorkspace();
        SplittableRandom random = new SplittableRandom(1);
        worlds = new boolean[WORLDS][workspace.assumed.length];
        for (boolean[] w : worlds) {
            for (int d : drivers) {
                w[2 * d + random.nextInt(2)] = true;
            }
        }
    }

    @Benchmark
    public int evaluateOneWorld() {
        boolean[] world = worlds[next++ & (WORLDS - 1)];
        System.arraycopy(world, 0, workspace.assumed, 0, world.length);
        graph.evaluate(workspace);
        return GraphEvaluator.statusCode(workspace, last);
    }
}
