package org.papergraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.Main;
import org.papergraph.store.PaperStore;
import org.papergraph.store.StoreException;
import org.papergraph.testing.PaperGraphCheck;
import org.papergraph.testing.SampleCorpus;

/**
 * A first build that stages its quads and loads them with Jena's bulk loader gives the store, quad for
 * quad, that a build writing one transaction a batch gives: on the whole sample corpus in batches of
 * 16, where some of the seven papers listed twice are met again batches later and merged by the second
 * pass. An interrupted bulk build keeps nothing and leaves nothing in the way of the next one.
 */
class BulkLoadTest {

    private static final int BATCH = 16;

    @TempDir
    static Path root;
    private static Set<Quad> batchByBatch;

    @BeforeAll
    static void buildBatchByBatch() throws IOException {
        try (PaperStore store = PaperStore.open(root.resolve("transactions"))) {
            BuildSummary summary = build(store, BulkLoad.NEVER, new ArrayList<>());
            assertEquals(0, summary.bulkLoadedQuads());
            batchByBatch = PaperGraphCheck.allQuads(store);
        }
    }

    private static BuildSummary build(PaperStore store, BulkLoad bulkLoad, List<String> phases) throws IOException {
        return SampleCorpus.pipeline(store)
                .batchSize(BATCH)
                .bulkLoad(bulkLoad)
                .listener(new BuildListener() {
                    @Override
                    public void phase(String description) {
                        phases.add(description);
                    }
                })
                .build()
                .run(List.of(SampleCorpus.seeds()));
    }

    @Test
    void aBulkLoadedFirstBuildHoldsExactlyTheQuadsOfABuildBatchByBatch() throws IOException {
        Path db = root.resolve("bulk");
        List<String> phases = new ArrayList<>();
        try (PaperStore store = PaperStore.open(db)) {
            BuildSummary summary = build(store, BulkLoad.ALWAYS, phases);

            assertEquals(batchByBatch, PaperGraphCheck.allQuads(store));
            assertEquals(List.of(), PaperGraphCheck.problems(store));
            assertEquals(205, summary.records());
            assertEquals(198, summary.added());
            assertEquals(7, summary.duplicates());
            assertTrue(summary.bulkLoadedQuads() > 50_000, "paper graphs are bulk loaded: " + summary.bulkLoadedQuads());
            assertTrue(phases.contains("merging papers read from several sources"),
                    "a paper listed again batches later is merged by the second pass: " + phases);

            // Not a first build any more: it writes batch by batch, and the same input changes nothing.
            BuildSummary again = build(store, BulkLoad.ALWAYS, new ArrayList<>());
            assertEquals(0, again.bulkLoadedQuads());
            assertEquals(0, again.added());
            // A paper listed twice, batches apart, loses one listing at its first record and regains it at
            // the second: it ends as it was, so it counts as unchanged, not updated.
            assertEquals(0, again.updated());
            assertEquals(198, again.unchanged());
            assertEquals(batchByBatch, PaperGraphCheck.allQuads(store));
        }
        try (Stream<Path> files = Files.list(db)) {
            assertEquals(List.of("Data-0001", "tdb.lock"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "neither the staging file nor the bulk-load marker is left behind");
        }
    }

    @Test
    void aBulkBuildKilledBeforeItsLoadKeepsNothingAndTheNextBuildDoesTheWholeJob() throws Exception {
        Path db = root.resolve("killed");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--db", db.toString(), "--no-progress", "--bulk-load", "always", "--batch-size", "8",
                SampleCorpus.seeds().toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path staging = db.resolve("bulk-staging.trdf");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (child.isAlive() && System.nanoTime() < deadline && !(Files.exists(staging) && Files.size(staging) > 0)) {
            Thread.sleep(10);
        }
        assertTrue(child.isAlive(), "the child was still extracting when it was killed");
        child.destroyForcibly();
        assertTrue(child.waitFor(1, TimeUnit.MINUTES));

        try (PaperStore store = PaperStore.open(db)) {
            assertTrue(store.isEmpty(), "nothing reaches the store before the bulk load");
            build(store, BulkLoad.ALWAYS, new ArrayList<>());
            assertEquals(batchByBatch, PaperGraphCheck.allQuads(store));
        }
        assertFalse(Files.exists(staging), "the next build replaces the stale staging file and removes it");
    }

    @Test
    void aDatabaseWhoseBulkLoadWasCutOffIsRefusedWithWhatToDo() throws IOException {
        Path db = root.resolve("cut-off");
        PaperStore.open(db).close();
        // What a bulk load leaves while it writes, and after a crash in the middle of it.
        Files.writeString(db.resolve("bulk-load.incomplete"), "");
        StoreException refused = assertThrows(StoreException.class, () -> PaperStore.open(db));
        assertTrue(refused.getMessage().contains("bulk load of its first build was interrupted")
                && refused.getMessage().contains("delete the directory and run the build again"), refused.getMessage());
    }
}
