package org.papergraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "queries",
        description = "Measures the named queries (warm, p50/p95) on an existing database, e.g. one built from 'bench generate'.",
        mixinStandardHelpOptions = true)
final class QueriesCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", required = true, description = "The database to query.")
    private Path database;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(database)) {
            throw new IllegalArgumentException("no database at " + database);
        }
        try (PaperStore store = PaperStore.open(database)) {
            for (QueryLatency.Latency l : QueryLatency.measure(store.datasetGraph(), runs)) {
                System.out.printf(Locale.ROOT, "%-22s p50 %8.1f ms  p95 %8.1f ms  rows %6d  %s%n", l.query(), l.p50Millis(),
                        l.p95Millis(), l.rows(), l.parameters());
            }
        }
        return 0;
    }
}
