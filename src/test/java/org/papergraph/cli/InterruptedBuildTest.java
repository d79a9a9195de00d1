package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.PaperGraphCheck;
import org.papergraph.testing.SampleCorpus;
import org.papergraph.testing.SharedModels;

/**
 * kill -9 at random points of real {@code papergraph build} child processes. After each kill the store
 * opens and every paper in it is complete; a second build meanwhile is refused as "in use"; the build
 * that finally runs to the end leaves exactly the quads of a clean build.
 *
 * <p>A chain of children works on one database: each is killed a random time after its first commit
 * (so the kill lands among the writes, not in model loading), alternately resuming the build and
 * rewriting everything with --force. The last child of a chain runs to the end.
 */
class InterruptedBuildTest {

    private static final int KILLS = 20;
    private static final int CHAINS = 2;
    private static final long SEED = 20;

    @Test
    void killedBuildsLeaveCompletePapersAndARerunFinishesTheJob(@TempDir Path dir) throws Exception {
        Path input = inputs(dir.resolve("inputs"));
        Set<Quad> clean;
        try (PaperStore reference = PaperStore.open(dir.resolve("clean"))) {
            SampleCorpus.build(reference, List.of(input));
            clean = PaperGraphCheck.allQuads(reference);
        }
        // Two chains side by side, each on its own database: children spend most of their life loading
        // models, so two at a time roughly halve the wall time on two cores.
        ExecutorService chains = Executors.newFixedThreadPool(CHAINS);
        try {
            List<Future<Chain>> running = new ArrayList<>();
            for (int c = 0; c < CHAINS; c++) {
                Chain chain = new Chain(c, dir.resolve("db-" + c), input, clean);
                running.add(chains.submit(() -> chain.run(KILLS / CHAINS)));
            }
            List<String> trials = new ArrayList<>();
            int kills = 0;
            for (Future<Chain> chain : running) {
                Chain done = chain.get(15, TimeUnit.MINUTES);
                trials.addAll(done.trials);
                kills += done.kills;
            }
            String report = String.join("\n", trials) + "\nkills: " + kills + "; each final store identical to a clean build ("
                    + clean.size() + " quads)\n";
            System.out.println(report);
            Files.writeString(Path.of("target", "robustness-kills.txt"), report);
            assertTrue(kills >= KILLS, report);
        } finally {
            chains.shutdownNow();
        }
    }

    /** Children building into one database, one after the other, each killed among its writes. */
    private static final class Chain {
        private final int index;
        private final Path db;
        private final Path input;
        private final Set<Quad> clean;
        private final List<String> trials = new ArrayList<>();
        private int kills;

        Chain(int index, Path db, Path input, Set<Quad> clean) {
            this.index = index;
            this.db = db;
            this.input = input;
            this.clean = clean;
        }

        Chain run(int wanted) throws Exception {
            PaperStore.open(db).close();
            Random random = new Random(SEED + index);
            boolean refusedWhileRunning = index != 0;
            for (int trial = 0; kills < wanted && trial < 3 * wanted; trial++) {
                boolean force = trial % 2 == 1;
                FileTime before = lastCommit(db);
                Process child = startBuild(db, input, force);
                boolean wrote = awaitCommit(db, before, child);
                if (!refusedWhileRunning && wrote && child.isAlive()) {
                    assertSecondBuildIsRefused(db, input);
                    refusedWhileRunning = true;
                }
                Thread.sleep(random.nextInt(1500));
                boolean killed = child.isAlive();
                child.destroyForcibly();
                assertTrue(child.waitFor(1, TimeUnit.MINUTES));
                kills += killed ? 1 : 0;
                // A kill inside a journal write leaves a torn entry; opening must roll it back (TornJournal).
                try (PaperStore store = PaperStore.open(db)) {
                    List<String> problems = new ArrayList<>(PaperGraphCheck.problems(store));
                    problems.addAll(PaperGraphCheck.sameAsClean(withoutSources(PaperGraphCheck.allQuads(store)), withoutSources(clean)));
                    assertEquals(List.of(), problems, "chain " + index + ", after trial " + trial);
                    trials.add(String.format("chain %d trial %2d %-7s %s, %d papers complete", index, trial,
                            force ? "--force" : "resume", killed ? "killed" : "finished first (exit " + child.exitValue() + ")",
                            PaperGraphCheck.papers(store).size()));
                }
            }
            assertTrue(refusedWhileRunning, "a second build ran while the first was writing");
            Process last = startBuild(db, input, false);
            assertTrue(last.waitFor(5, TimeUnit.MINUTES));
            String err = new String(Files.readAllBytes(db.resolveSibling(db.getFileName() + ".err")), StandardCharsets.UTF_8);
            assertEquals(ExitCodes.INPUT, last.exitValue(), err);
            for (String bad : BAD_FILES) {
                assertTrue(err.contains("warning: " + bad + ":1: "), bad + " is reported with file and line:\n" + err);
            }
            assertTrue(!err.contains("Exception") && !err.contains("\tat "), err);
            try (PaperStore store = PaperStore.open(db)) {
                assertEquals(clean, PaperGraphCheck.allQuads(store), "the finished store is the clean build, quad for quad");
            }
            return this;
        }
    }

    private static final List<String> BAD_FILES = List.of("empty.txt", "noise.bin", "page.html");

    /**
     * A real listing and, beside it, files that cannot be read: so the build that finally runs to the end
     * also shows, as a user sees it, that bad files are reported by name and line and cost nothing else.
     */
    private static Path inputs(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.copy(SampleCorpus.seed("002_"), folder.resolve("listing.txt"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(SEED).nextBytes(noise);
        Files.write(folder.resolve("noise.bin"), noise);
        Files.writeString(folder.resolve("page.html"), "<!DOCTYPE html>\n<html><body><p>Daily Papers</p></body></html>\n");
        return folder;
    }

    private static Process startBuild(Path db, Path input, boolean force) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--db", db.toString(), "--no-progress", "--threads", "1", "--batch-size", "2"));
        if (force) {
            command.add("--force");
        }
        command.add(input.toString());
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(db.resolveSibling(db.getFileName() + ".err").toFile()).start();
    }

    /** Waits until the child commits a transaction (TDB2 rewrites its B+tree state files on commit). */
    private static boolean awaitCommit(Path db, FileTime before, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (lastCommit(db).compareTo(before) > 0) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static FileTime lastCommit(Path db) throws IOException {
        try (Stream<Path> files = Files.walk(db)) {
            FileTime latest = FileTime.fromMillis(0);
            for (Path file : files.filter(p -> p.toString().endsWith(".bpt")).toList()) {
                FileTime modified = Files.getLastModifiedTime(file);
                latest = modified.compareTo(latest) > 0 ? modified : latest;
            }
            return latest;
        }
    }

    private static void assertSecondBuildIsRefused(Path db, Path input) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cli = Main.commandLine(SharedModels::buildModels);
            cli.setErr(new PrintWriter(System.err, true));
            int exit = cli.execute("build", "--db", db.toString(), "--no-progress", input.toString());
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(ExitCodes.DATABASE, exit, message);
            assertTrue(message.contains("is in use by another papergraph process"), message);
            assertTrue(!message.contains("Exception"), message);
        } finally {
            System.setErr(original);
        }
    }

    /**
     * A paper listed twice has a dcterms:source per listing; until the build reaches the second listing
     * its graph names only the first. That graph is complete for what was read, so sources are left out
     * of the per-paper comparison (the final comparison keeps them).
     */
    private static Set<Quad> withoutSources(Set<Quad> quads) {
        Set<Quad> result = new HashSet<>(quads);
        result.removeIf(q -> q.getPredicate().equals(DCTerms.source.asNode()));
        return result;
    }
}
