package org.papergraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.io.FileUtils;
import org.papergraph.build.BuildPipeline;
import org.papergraph.build.BuildSummary;
import org.papergraph.ingest.FormatDetector;
import org.papergraph.ingest.IngestLimits;
import org.papergraph.ingest.InputReader;
import org.papergraph.store.PaperStore;

/**
 * The bundled sample corpus (data/seeds) built once per test JVM into a real TDB2 directory.
 * Tests that only read share it; tests that write build their own store with {@link #build}.
 * The directory is deleted when the JVM exits.
 */
public final class SampleCorpus {

    private static PaperStore store;
    private static BuildSummary summary;

    private SampleCorpus() {
    }

    /** The repository root: tests run with it as the working directory. */
    public static Path home() {
        return Path.of(System.getProperty("papergraph.home", ".")).toAbsolutePath().normalize();
    }

    public static Path seeds() {
        return home().resolve("data/seeds");
    }

    public static Path seed(String prefix) {
        try (var files = Files.list(seeds())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized PaperStore store() {
        if (store == null) {
            try {
                Path directory = Files.createTempDirectory("papergraph-sample-");
                store = PaperStore.open(directory);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    store.close();
                    FileUtils.deleteQuietly(directory.toFile());
                }, "sample-corpus-cleanup"));
                summary = build(store, List.of(seeds()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    public static synchronized BuildSummary summary() {
        store();
        return summary;
    }

    /** Builds inputs into a store with the production pipeline and the shared models. */
    public static BuildSummary build(PaperStore target, List<Path> inputs) throws IOException {
        return pipeline(target).build().run(inputs);
    }

    /** The production pipeline with the shared models and two threads, writing into the store; add settings to taste. */
    public static BuildPipeline.Builder pipeline(PaperStore target) {
        return BuildPipeline.builder()
                .reader(new InputReader(FormatDetector.standard(IngestLimits.DEFAULT)))
                .annotator(SharedModels.paperAnnotator())
                .extractor(SharedModels.extractor())
                .store(target)
                .threads(2);
    }
}
