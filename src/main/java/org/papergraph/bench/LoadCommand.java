package org.papergraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "load",
        description = "Dumps an existing database and loads it again two ways: the build's transactions and Jena's bulk loader.",
        mixinStandardHelpOptions = true)
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", required = true, description = "The database to dump and reload.")
    private Path database;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "2048",
            description = "Papers per write transaction on the build's path (default: ${DEFAULT-VALUE}, as build).")
    private int batchSize;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/bench", description = "Scratch space.")
    private Path workDir;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(workDir);
        try (PaperStore store = PaperStore.open(database)) {
            LoadComparison.Result r = LoadComparison.run(store, workDir, batchSize);
            System.out.printf(Locale.ROOT, "%d quads: build path %.0f quads/s (%.1f s), bulk %.0f quads/s (%.1f s), ratio %.2f%n",
                    r.quads(), r.buildPathQuadsPerSecond(), r.buildPathSeconds(), r.bulkQuadsPerSecond(), r.bulkSeconds(),
                    r.buildPathQuadsPerSecond() / r.bulkQuadsPerSecond());
        }
        return 0;
    }
}
