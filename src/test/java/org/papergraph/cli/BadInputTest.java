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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.build.BuildListener;
import org.papergraph.build.BuildPipeline;
import org.papergraph.build.BuildSummary;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.ingest.FormatDetector;
import org.papergraph.ingest.IngestLimits;
import org.papergraph.ingest.IngestProblem;
import org.papergraph.ingest.InputReader;
import org.papergraph.ingest.PaperIds;
import org.papergraph.nlp.PaperAnnotator;
import org.papergraph.rdf.Iris;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.BadInputCorpus;
import org.papergraph.testing.BadInputCorpus.BadInput;
import org.papergraph.testing.PaperGraphCheck;
import org.papergraph.testing.SharedModels;

/**
 * Bad input gives a clear error and loses nothing: for every generated bad input, build exits 0 or 3
 * (never 1, never a stack trace), every warning names file and line, every well-formed record of the
 * file loads, and every paper in the store is complete. Most inputs run in-process with the shared
 * models; a few kinds through the command line (InterruptedBuildTest runs bad files through a child JVM).
 */
class BadInputTest {

    private static final Set<String> THROUGH_COMMAND_LINE = Set.of("clean", "empty", "binary", "truncated",
            "nul-bytes", "utf16le-bom", "line-5mb", "html-page");
    private static final Pattern WARNING = Pattern.compile("^warning: (\\S+):(\\d+): .+");

    /** What one build printed and returned. */
    private record Result(int exit, String out, String err) {
        List<String> warnings() {
            return err.lines().filter(l -> l.startsWith("warning: ") && !l.startsWith("warning: more problems")).toList();
        }
    }

    private static Result build(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cli = Main.commandLine(SharedModels::buildModels);
            cli.setOut(new PrintWriter(System.out, true));
            cli.setErr(new PrintWriter(System.err, true));
            int exit = cli.execute(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void everyBadInputEndsWithADocumentedCodeAndLosesNoGoodRecord(@TempDir Path dir) throws Exception {
        List<BadInput> inputs = BadInputCorpus.generate();
        assertTrue(inputs.size() >= 200, "only " + inputs.size() + " bad inputs");
        List<String> failures = new ArrayList<>();
        Map<String, Tally> tallies = new TreeMap<>();
        Set<String> kindsThroughCli = new HashSet<>();
        Map<BadInput, Future<Outcome>> outcomes = new LinkedHashMap<>();
        // Builds into separate in-memory stores are independent: two at a time use both cores.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (BadInput input : inputs) {
                Path file = dir.resolve(input.name());
                Files.write(file, input.content());
                // One input of a few kinds goes through the command line (on disk); the rest straight through
                // the pipeline into a store in memory, which is what the command runs, minus the printing.
                // (InterruptedBuildTest runs bad files through a child process, as a user would.)
                boolean cli = THROUGH_COMMAND_LINE.contains(input.kind()) && kindsThroughCli.add(input.kind());
                outcomes.put(input, cli ? CompletableFuture.completedFuture(throughCommandLine(dir, file))
                        : pool.submit(() -> throughPipeline(file)));
            }
            for (var entry : outcomes.entrySet()) {
                BadInput input = entry.getKey();
                Outcome outcome = entry.getValue().get(10, TimeUnit.MINUTES);
                List<String> problems = new ArrayList<>(checkOutcome(input, outcome.result()));
                for (String id : input.mustLoad()) {
                    if (!outcome.loaded().contains(Iris.paper(id))) {
                        problems.add("well-formed record " + id + " did not load");
                    }
                }
                outcome.incomplete().forEach(p -> problems.add("incomplete paper: " + p));
                problems.forEach(p -> failures.add(input.name() + ": " + p + "\n" + outcome.result().err().lines().limit(8)
                        .collect(Collectors.joining("\n    ", "    ", ""))));
                tallies.computeIfAbsent(input.kind(), k -> new Tally()).add(outcome.result(), outcome.loaded().size(),
                        input.mustLoad().size());
            }
        } finally {
            pool.shutdownNow();
        }
        String figures = Tally.table(tallies);
        System.out.println(figures);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "robustness-bad-inputs.txt"), figures);
        assertTrue(failures.isEmpty(), failures.size() + " of " + inputs.size() + " bad inputs mishandled:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))) + "\n" + figures);
    }

    /** How a build of one bad input ended, and what the store held after it. */
    private record Outcome(Result result, Set<Node> loaded, List<String> incomplete) {
    }

    private static Outcome throughCommandLine(Path dir, Path file) throws IOException {
        Path db = dir.resolve("db-" + file.getFileName());
        Result result = build("build", "--db", db.toString(), "--no-progress", "--threads", "2", file.toString());
        try (PaperStore store = PaperStore.open(db)) {
            return new Outcome(result, PaperGraphCheck.papers(store), PaperGraphCheck.problems(store));
        } finally {
            deleteTree(db);
        }
    }

    private static Outcome throughPipeline(Path file) {
        try (PaperStore store = PaperStore.inMemory()) {
            StringBuilder err = new StringBuilder();
            int exit;
            try {
                BuildSummary summary = BuildPipeline.builder()
                        .reader(new InputReader(FormatDetector.standard(IngestLimits.DEFAULT)))
                        .annotator(new PaperAnnotator(SharedModels.memoizedAnnotator()))
                        .extractor(new RuleBasedExtractor())
                        .store(store)
                        .threads(2)
                        .listener(new BuildListener() {
                            @Override
                            public void problem(IngestProblem problem) {
                                err.append("warning: ").append(problem).append('\n');
                            }
                        })
                        .build()
                        .run(List.of(file));
                exit = BuildCommand.exitCode(summary);
            } catch (Exception e) {
                err.append("unexpected ").append(e).append('\n');
                exit = ExitCodes.INTERNAL;
            }
            return new Outcome(new Result(exit, "", err.toString()), PaperGraphCheck.papers(store),
                    PaperGraphCheck.problems(store));
        }
    }

    private static List<String> checkOutcome(BadInput input, Result outcome) {
        List<String> problems = new ArrayList<>();
        if (outcome.exit() != ExitCodes.OK && outcome.exit() != ExitCodes.INPUT) {
            problems.add("exit code " + outcome.exit());
        }
        if (outcome.err().contains("Exception") || outcome.err().contains("\tat ") || outcome.err().contains("unexpected")) {
            problems.add("stack trace or unexpected failure");
        }
        List<String> warnings = outcome.warnings();
        if (outcome.exit() == ExitCodes.OK && !warnings.isEmpty()) {
            problems.add("exit 0 despite warnings");
        }
        if (outcome.exit() == ExitCodes.INPUT && warnings.isEmpty()) {
            problems.add("exit 3 without saying what was skipped");
        }
        for (String warning : warnings) {
            var m = WARNING.matcher(warning);
            if (!m.matches() || !m.group(1).equals(input.name()) || Integer.parseInt(m.group(2)) < 1) {
                problems.add("warning without file:line: " + warning);
            }
        }
        if (input.mustReport() != null && !outcome.err().contains(input.mustReport())) {
            problems.add("expected a problem mentioning " + input.mustReport());
        }
        return problems;
    }

    @Test
    void limitsAreOptionsThatHold(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(org.papergraph.testing.SampleCorpus.seed("001_")).subList(0, 6));
        String title = lines.get(4);
        lines.set(5, (lines.get(5) + " ").repeat(30).substring(0, 30_000));
        Path file = dir.resolve("long.txt");
        Files.write(file, lines);

        Result refused = build("build", "--db", dir.resolve("db1").toString(), "--no-progress", file.toString());
        assertEquals(ExitCodes.INPUT, refused.exit(), refused.err());
        assertTrue(refused.err().contains("long.txt:5: abstract has 30000 characters, over the limit of 20000"), refused.err());

        Result raised = build("build", "--db", dir.resolve("db2").toString(), "--no-progress",
                "--max-abstract-chars", "40000", file.toString());
        assertEquals(ExitCodes.OK, raised.exit(), raised.err());
        try (PaperStore store = PaperStore.open(dir.resolve("db2"))) {
            assertTrue(PaperGraphCheck.papers(store).contains(Iris.paper(PaperIds.fromTitle(title))));
            assertEquals(List.of(), PaperGraphCheck.problems(store));
        }

        Result line = build("build", "--db", dir.resolve("db3").toString(), "--no-progress",
                "--max-line-chars", "5000", file.toString());
        assertEquals(ExitCodes.INPUT, line.exit(), line.err());
        assertTrue(line.err().contains("long.txt:6: line of 30000 characters is over the limit of 5000"), line.err());

        assertEquals(ExitCodes.USAGE, build("build", "--db", dir.resolve("db4").toString(), "--max-line-chars", "10",
                file.toString()).exit());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** How one kind of bad input ended, for the report. */
    private static final class Tally {
        private int inputs;
        private final Map<Integer, Integer> exits = new TreeMap<>();
        private long warnings;
        private long papersLoaded;
        private long papersRequired;

        void add(Result outcome, int loaded, int required) {
            inputs++;
            exits.merge(outcome.exit(), 1, Integer::sum);
            warnings += outcome.warnings().size();
            papersLoaded += loaded;
            papersRequired += required;
        }

        static String table(Map<String, Tally> tallies) {
            StringBuilder out = new StringBuilder(String.format("%-18s %6s  %-16s %8s %8s %8s%n",
                    "kind", "inputs", "exit codes", "warnings", "required", "loaded"));
            int total = 0;
            for (var e : tallies.entrySet()) {
                Tally t = e.getValue();
                total += t.inputs;
                String exits = t.exits.entrySet().stream().map(x -> x.getKey() + "x" + x.getValue())
                        .collect(Collectors.joining(" "));
                out.append(String.format("%-18s %6d  %-16s %8d %8d %8d%n", e.getKey(), t.inputs, exits, t.warnings,
                        t.papersRequired, t.papersLoaded));
            }
            return out.append("total inputs: ").append(total).append('\n').toString();
        }
    }
}
