package org.papergraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papergraph.query.NamedQuery;
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

    @Option(names = "--queries", paramLabel = "DIR", description = "Measure the .rq files of this directory instead of the shipped ones.")
    private Path queries;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(database)) {
            throw new IllegalArgumentException("no database at " + database);
        }
        try (PaperStore store = PaperStore.open(database)) {
            List<NamedQuery> named = new ArrayList<>();
            if (queries == null) {
                named.addAll(NamedQuery.allShipped());
            } else {
                try (var files = Files.list(queries)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                        named.add(NamedQuery.load(file.toString()));
                    }
                }
            }
            for (QueryLatency.Latency l : QueryLatency.measure(store.datasetGraph(), named, runs)) {
                System.out.printf(Locale.ROOT, "%-22s p50 %8.1f ms  p95 %8.1f ms  rows %6d  %s%n", l.query(), l.p50Millis(),
                        l.p95Millis(), l.rows(), l.parameters());
            }
        }
        return 0;
    }
}
