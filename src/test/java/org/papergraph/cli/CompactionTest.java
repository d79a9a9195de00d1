package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.DiskUsage;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.PaperGraphCheck;
import org.papergraph.testing.SampleCorpus;
import org.papergraph.testing.SharedModels;

/** TDB2 only appends, so rebuilds grow the database; {@code papergraph compact} gives the space back and keeps every quad. */
class CompactionTest {

    private static int run(String... args) {
        return run(new ByteArrayOutputStream(), args);
    }

    private static int run(ByteArrayOutputStream out, String... args) {
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cli = Main.commandLine(SharedModels::buildModels);
            cli.setErr(new PrintWriter(System.err, true));
            return cli.execute(args);
        } finally {
            System.setOut(original);
        }
    }

    private static Set<Quad> quads(Path db) {
        try (PaperStore store = PaperStore.open(db)) {
            return PaperGraphCheck.allQuads(store);
        }
    }

    @Test
    void compactReclaimsWhatTenRebuildsLeftBehind(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        String input = SampleCorpus.seed("002_").toString();
        assertEquals(ExitCodes.OK, run("build", "--db", db.toString(), "--no-progress", input));
        long afterFirstBuild = DiskUsage.of(db);
        for (int i = 0; i < 10; i++) {
            assertEquals(ExitCodes.OK, run("build", "--db", db.toString(), "--no-progress", "--force", input));
        }
        long afterRebuilds = DiskUsage.of(db);
        Set<Quad> before = quads(db);

        assertEquals(ExitCodes.OK, run("compact", "--db", db.toString()));
        long afterCompaction = DiskUsage.of(db);

        assertEquals(before, quads(db), "compaction keeps every quad");
        String report = String.format("database size: %d bytes after one build, %d after 10 rebuilds (--force), %d after compact%n",
                afterFirstBuild, afterRebuilds, afterCompaction);
        System.out.print(report);
        Files.writeString(Path.of("target", "robustness-compaction.txt"), report);
        assertTrue(afterRebuilds > afterFirstBuild, report);
        assertTrue(afterCompaction < afterRebuilds, report);
    }

    /**
     * A build that compacts as it goes (here after every batch, as a long build does after each doubling)
     * ends with the same quads as one that never compacts, and with less on disk.
     */
    @Test
    void aBuildThatCompactsAsItGoesKeepsEveryQuadAndLessDisk(@TempDir Path dir) throws Exception {
        // The whole sample, one paper per transaction: TDB2 files grow in 8 MB steps, so a smaller
        // build would not grow enough to compact.
        String input = SampleCorpus.seeds().toString();
        Path never = dir.resolve("never");
        Path often = dir.resolve("often");
        assertEquals(ExitCodes.OK, run("build", "--db", never.toString(), "--no-progress", "--batch-size", "1",
                "--compact-after", "0", input));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(ExitCodes.OK, run(out, "build", "--db", often.toString(), "--no-progress", "--batch-size", "1",
                "--compact-after", "32", input));
        String summary = out.toString(StandardCharsets.UTF_8);
        Matcher compacted = Pattern.compile("on disk +[0-9.]+ MB \\(compacted (\\d+) times during the build\\)").matcher(summary);
        assertTrue(compacted.find(), summary);
        assertTrue(Integer.parseInt(compacted.group(1)) >= 2, summary);

        long neverBytes = DiskUsage.of(never);
        long oftenBytes = DiskUsage.of(often);
        System.out.printf("build of the sample, one paper per transaction: %d bytes never compacting, %d compacting"
                + " as it goes (%s times)%n", neverBytes, oftenBytes, compacted.group(1));
        assertEquals(quads(never), quads(often), "compacting during the build keeps every quad");
        assertTrue(oftenBytes < neverBytes, "compacting build " + oftenBytes + " bytes, never compacting " + neverBytes);
    }

    @Test
    void aBadCompactionSizeIsAUsageError(@TempDir Path dir) {
        assertEquals(ExitCodes.USAGE, run("build", "--db", dir.resolve("db").toString(), "--no-progress",
                "--compact-after", "-5", SampleCorpus.seed("002_").toString()));
    }
}
