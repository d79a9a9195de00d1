package org.papergraph.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What to measure.
 *
 * @param sample        papers the throughput passes (bare, extraction, build at 1 and 2 threads) run on
 * @param openIeSample  papers the OpenIE pass runs on (it is 10x slower, so fewer)
 * @param sizes         corpus sizes built at full thread count, whose load and query times are measured
 * @param queryRuns     timed runs of each named query (after warm-up)
 * @param batchSize     papers per write transaction, in the builds and the load comparison
 * @param scaleOnly     skip the throughput passes (for a long run at 100k)
 * @param skipLoad      skip the load comparison (at 100k it takes longer than the build)
 */
record BenchSettings(int sample, int openIeSample, List<Integer> sizes, int queryRuns, int threads, int batchSize,
                     long seed, Path workDir, boolean scaleOnly, boolean skipLoad) {

    BenchSettings {
        sizes = List.copyOf(sizes);
    }

    Path corpus(int n) {
        return workDir.resolve("corpus-" + n + "-s" + seed + ".jsonl");
    }
}
