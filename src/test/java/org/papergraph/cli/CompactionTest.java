package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.DiskUsage;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.SampleCorpus;
import org.papergraph.testing.SharedModels;

/** TDB2 only appends, so rebuilds grow the database; {@code papergraph compact} gives the space back and keeps every quad. */
class CompactionTest {

    private static int run(String... args) {
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            var cli = Main.commandLine(SharedModels::buildModels);
            cli.setErr(new PrintWriter(System.err, true));
            return cli.execute(args);
        } finally {
            System.setOut(original);
        }
    }

    private static Set<Quad> quads(Path db) {
        try (PaperStore store = PaperStore.open(db)) {
            return store.read(dsg -> {
                Set<Quad> all = new HashSet<>();
                dsg.find().forEachRemaining(all::add);
                return all;
            });
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
}
