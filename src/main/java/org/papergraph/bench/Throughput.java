package org.papergraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.papergraph.ingest.Paper;

/** Runs one unit of work per paper on a fixed number of threads sharing the same models. */
final class Throughput {

    /** The work done for one paper; implementations are thread-safe. */
    @FunctionalInterface
    interface PaperWork {
        void process(Paper paper) throws Exception;
    }

    private Throughput() {
    }

    /** Seconds taken to process every paper on the given number of threads. */
    static double seconds(List<Paper> papers, int threads, PaperWork work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>(papers.size());
            for (Paper paper : papers) {
                done.add(pool.submit(() -> {
                    work.process(paper);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark work failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
