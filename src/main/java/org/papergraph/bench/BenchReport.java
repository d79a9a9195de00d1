package org.papergraph.bench;

import java.util.ArrayList;
import java.util.List;

/** Everything one benchmark run measured. */
final class BenchReport {

    /** One pass at 1 and at N threads, measured back to back. */
    record PassPair(String pass, String description, PassResult one, PassResult many) {
        double speedUp() {
            return many.papersPerSecond() / one.papersPerSecond();
        }
    }

    /**
     * A full build of one corpus size, its load comparison and its query latencies; the database's size on
     * disk when the build ended, and how often the build compacted it (-1 when not known).
     */
    record Scale(int papers, PassResult build, long storedQuads, long diskBytes, int compactions,
                 LoadComparison.Result load, List<QueryLatency.Latency> queries) {
        Scale withLoad(LoadComparison.Result measured) {
            return new Scale(papers, build, storedQuads, diskBytes, compactions, measured, queries);
        }
    }

    Startup startup;
    final List<PassPair> passes = new ArrayList<>();
    final List<Scale> scales = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    PassPair pass(String name) {
        return passes.stream().filter(p -> p.pass().equals(name)).findFirst().orElse(null);
    }
}
