package org.qantar.shell.commands;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * With {@code QANTAR_TIMING} set, what a command itself took, beside the start-up times main
 * reports: {@code qantar: map 412 ms (thread cpu 380 ms)}. The thread's CPU time moves far less with
 * the machine's load than the wall clock (the JIT's and GC's own threads are not in it).
 */
final class CommandTiming {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long wall = System.nanoTime();
    private final long cpu = cpu();

    private CommandTiming() {
    }

    static CommandTiming start() {
        return new CommandTiming();
    }

    void report(String command) {
        if (System.getenv("QANTAR_TIMING") != null) {
            System.err.printf("qantar: %s %d ms (thread cpu %d ms)%n", command, (System.nanoTime() - wall) / 1_000_000,
                    (cpu() - cpu) / 1_000_000);
        }
    }

    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
