package org.qantar.rules.bench;

import org.qantar.rules.Engine;
import org.qantar.rules.Scenario;
import org.qantar.rules.kb.KnowledgeBaseSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * What a start costs the engine's thread, by the thread's CPU time (on a shared machine the wall
 * clock measures the scheduler): opening the knowledge base (reading it; for a directory also the
 * check, unless a verdict is cached), the first scenario (for a directory its claim rules' Rete
 * network too), its first evaluation, and a second scenario (what a scenario alone costs, warm).
 * One line per run, for a fresh JVM each: {@code bench/kb-start-cpu.sh KB_DIR [RUNS]}.
 */
public final class KbStartCpuTime {

    private KbStartCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        KnowledgeBaseSource source = KnowledgeBaseSource.of(args.length > 0 ? args[0] : "shipped");
        long c0 = threads.getCurrentThreadCpuTime();
        Engine engine = Engine.open(source, null);
        long c1 = threads.getCurrentThreadCpuTime();
        long c2;
        long c3;
        try (Scenario first = engine.newScenario()) {
            c2 = threads.getCurrentThreadCpuTime();
            first.evaluation();
            c3 = threads.getCurrentThreadCpuTime();
        }
        try (Scenario second = engine.newScenario()) {
            second.evaluation();
        }
        long c4 = threads.getCurrentThreadCpuTime();
        System.out.printf("%s: open %d ms, first scenario %d ms, first evaluation %d ms, total %d ms; "
                        + "a second scenario and evaluation %d ms (thread CPU, %d claims)%n",
                source.name(), ms(c1 - c0), ms(c2 - c1), ms(c3 - c2), ms(c3 - c0), ms(c4 - c3),
                engine.knowledgeBase().claims().size());
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
