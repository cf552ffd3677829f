package org.qantar.rules.bench;

import org.qantar.rules.Engine;
import org.qantar.rules.kb.KnowledgeBaseSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The same operation as {@link EngineBenchmark} ({@link DriverToggle}: change one driver, read
 * every status with strength), timed by the thread's CPU time rather than the wall clock: on a machine shared with
 * other work the wall-clock percentiles measure the scheduler, the CPU-time ones the engine.
 * Run with {@code bench/engine-cpu.sh [warm-up ops] [measured ops] [knowledge-base directory]}: the
 * shipped knowledge base, or one kept in a directory (its claim rules built at run time, as for
 * {@link DirectoryKbBenchmark}).
 */
public final class EngineCpuTime {

    private EngineCpuTime() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Engine engine = args.length > 2
                ? Engine.open(new KnowledgeBaseSource.Directory(Path.of(args[2])), null)
                : Engine.load();
        try (DriverToggle toggle = new DriverToggle(engine)) {
            long[] cpu = new long[measured];
            long[] wall = new long[measured];
            for (int i = 0; i < warmUp + measured; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                toggle.changeOneDriverAndReadEveryStatus();
                if (i >= warmUp) {
                    cpu[i - warmUp] = threads.getCurrentThreadCpuTime() - c0;
                    wall[i - warmUp] = System.nanoTime() - w0;
                }
            }
            print("thread CPU time", cpu);
            print("wall clock     ", wall);
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s per change, µs: p50 %d  p90 %d  p99 %d  p99.9 %d  mean %.0f  (%d changes)%n", what,
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), at(sorted, 0.999),
                Arrays.stream(sorted).average().orElse(0) / 1000, sorted.length);
    }

    private static long at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000;
    }
}
