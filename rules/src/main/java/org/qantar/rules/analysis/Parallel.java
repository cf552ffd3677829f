package org.qantar.rules.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * Runs numbered blocks of work on a few threads. Each thread has its own {@link Worker} (its
 * workspace and accumulators) and takes the next block until none is left; the caller merges the
 * workers afterwards. Results are deterministic as long as a block's work depends on its number
 * only and merging is order-free (sums, minima, bitwise ands) — which is how the analyses use it.
 */
final class Parallel {

    /** One thread's share: processes blocks, accumulating into itself. */
    interface Worker {
        void block(int block);
    }

    private Parallel() {
    }

    /** The default number of threads: one per available processor. */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs blocks {@code 0 .. blocks-1}.
     *
     * @param progress told the fraction of blocks done, non-decreasing, ending with 1.0; called from
     *                 worker threads, one call at a time
     * @return the workers, one per thread used
     */
    static <W extends Worker> List<W> run(int blocks, int threads, Supplier<W> workers, DoubleConsumer progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        int used = Math.max(1, Math.min(threads, blocks));
        Progress done = new Progress(blocks, progress);
        AtomicInteger next = new AtomicInteger();
        List<W> all = new ArrayList<>();
        for (int t = 0; t < used; t++) {
            all.add(workers.get());
        }
        if (used == 1) {
            drain(all.get(0), blocks, next, done);
            return all;
        }
        ExecutorService pool = Executors.newFixedThreadPool(used, r -> {
            Thread thread = new Thread(r, "qantar-analysis");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (W w : all) {
                futures.add(pool.submit(() -> drain(w, blocks, next, done)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("analysis interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void drain(Worker w, int blocks, AtomicInteger next, Progress done) {
        for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            if (Thread.currentThread().isInterrupted()) {
                // Never return a partial result as if it were whole.
                throw new CancellationException("analysis interrupted");
            }
            w.block(b);
            done.blockDone();
        }
    }

    /** Counts finished blocks and reports the fraction, serialised so that reports never go back. */
    private static final class Progress {
        private final int blocks;
        private final DoubleConsumer sink;
        private int done;

        Progress(int blocks, DoubleConsumer sink) {
            this.blocks = blocks;
            this.sink = sink;
        }

        synchronized void blockDone() {
            done++;
            sink.accept(blocks == 0 ? 1.0 : (double) done / blocks);
        }
    }
}
