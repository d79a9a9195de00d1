package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.PaperGraphCheck;
import org.papergraph.testing.SampleCorpus;

/**
 * kill -9 of real {@code papergraph compact} child processes while they copy the database into its next
 * generation (long builds compact the same way as they go). After each kill the store opens with every
 * quad it had, the half-written generation is gone, and a compaction that runs to the end still works.
 */
class CompactionKillTest {

    private static final int KILLS = 8;

    @Test
    void aKilledCompactionLosesNothing(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Set<Quad> before;
        try (PaperStore store = PaperStore.open(db)) {
            SampleCorpus.build(store, List.of(SampleCorpus.seed("002_")));
            before = PaperGraphCheck.allQuads(store);
        }
        // Kill times are spread over the first half of a copy as long as it takes on this machine (a
        // fixed delay let every copy finish first on a fast one).
        long copyMillis = timeOneCopy(db);
        List<String> trials = new ArrayList<>();
        int midCopy = 0;
        for (int trial = 0; trial < KILLS; trial++) {
            Process child = startCompaction(db);
            boolean copying = awaitCopy(db, child);
            Thread.sleep(copyMillis * (2 * trial + 1) / (4 * KILLS));
            boolean killed = child.isAlive();
            boolean leftTemporary = hasTemporaryGeneration(db);
            child.destroyForcibly();
            assertTrue(child.waitFor(1, TimeUnit.MINUTES));
            midCopy += killed && leftTemporary ? 1 : 0;
            try (PaperStore store = PaperStore.open(db)) {
                assertEquals(before, PaperGraphCheck.allQuads(store), "trial " + trial + ": every quad is still there");
                assertEquals(List.of(), PaperGraphCheck.problems(store), "trial " + trial);
            }
            assertTrue(!hasTemporaryGeneration(db), "opening removes the half-written generation");
            trials.add(String.format("trial %d: %s, %s", trial, copying ? "copy started" : "copy not seen",
                    !killed ? "finished first" : leftTemporary ? "killed mid-copy" : "killed after the copy"));
        }
        Process last = startCompaction(db);
        assertTrue(last.waitFor(2, TimeUnit.MINUTES));
        assertEquals(ExitCodes.OK, last.exitValue());
        try (PaperStore store = PaperStore.open(db)) {
            assertEquals(before, PaperGraphCheck.allQuads(store));
        }
        String report = "a whole copy took " + copyMillis + " ms\n" + String.join("\n", trials)
                + "\nkilled mid-copy: " + midCopy + " of " + KILLS + "\n";
        System.out.print(report);
        Files.writeString(Path.of("target", "robustness-compaction-kills.txt"), report);
        assertTrue(midCopy >= 1, report);
    }

    private static Process startCompaction(Path db) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "compact", "--db", db.toString());
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** How long a compaction that is left alone writes its next generation, in milliseconds. */
    private static long timeOneCopy(Path db) throws Exception {
        Process child = startCompaction(db);
        assertTrue(awaitCopy(db, child), "the compaction starts writing the next generation");
        long start = System.nanoTime();
        while (child.isAlive() && hasTemporaryGeneration(db)) {
            Thread.sleep(1);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(child.waitFor(2, TimeUnit.MINUTES));
        assertEquals(ExitCodes.OK, child.exitValue());
        return millis;
    }

    /** Waits until the child starts writing the next generation (TDB2 writes it as Data-NNNN-tmp). */
    private static boolean awaitCopy(Path db, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (hasTemporaryGeneration(db)) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static boolean hasTemporaryGeneration(Path db) throws IOException {
        try (Stream<Path> dirs = Files.list(db)) {
            return dirs.anyMatch(p -> p.getFileName().toString().endsWith("-tmp"));
        }
    }
}
