package org.papergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench",
        header = "Measures speed, memory and query latency on generated corpora.",
        description = {
                "Measures papergraph on generated corpora and prints a Markdown table: abstracts/s and tokens/s at",
                "1 and 2 threads with peak heap for the bare CoreNLP pass, a CoreNLP OpenIE pass, papergraph's",
                "extraction and the full build; TDB2 load against Jena's bulk loader; startup; named-query latency.",
                "Corpora are recombined from the sample abstracts (see 'bench generate') and kept in --work-dir."},
        footer = {"", "Examples:", "  papergraph bench --smoke", "  papergraph bench --sizes 1000,10000 --report docs/benchmark-run.md",
                "  papergraph bench --scale-only --sizes 100000"},
        mixinStandardHelpOptions = true,
        subcommands = {GenerateCommand.class, QueriesCommand.class, LoadCommand.class})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sample", paramLabel = "N", defaultValue = "1000",
            description = "Papers for the 1-vs-2-thread passes (default: ${DEFAULT-VALUE}).")
    private int sample;

    @Option(names = "--openie-sample", paramLabel = "N", defaultValue = "50",
            description = "Papers for the OpenIE pass, the slowest (default: ${DEFAULT-VALUE}).")
    private int openIeSample;

    @Option(names = "--sizes", paramLabel = "N,N", split = ",", defaultValue = "1000,10000",
            description = "Corpus sizes to build and query (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "The many-thread figure (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "2048",
            description = "Papers per write transaction, as build's option (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated corpora (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "data/seeds",
            description = "The sample abstracts to recombine (default: ${DEFAULT-VALUE}).")
    private Path seeds;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Generated corpora and scratch databases (default: ${DEFAULT-VALUE}).")
    private Path workDir;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the table to this file.")
    private Path reportFile;

    @Option(names = "--scale-only", description = "Only the builds, loads and queries of --sizes (no throughput passes).")
    private boolean scaleOnly;

    @Option(names = "--skip-load", description = "No load comparison (dumping and reloading 100k papers takes longer than building them).")
    private boolean skipLoad;

    @Option(names = "--smoke", description = "A quick run that keeps the harness working: 200 papers, OpenIE on 5, 5 query runs.")
    private boolean smoke;

    @Override
    public Integer call() throws Exception {
        BenchSettings settings = smoke
                ? new BenchSettings(200, 5, List.of(200), 5, threads, batchSize, seed, workDir, false, false)
                : new BenchSettings(sample, openIeSample, sizes, runs, threads, batchSize, seed, workDir, scaleOnly, skipLoad);
        BenchReport report = new Benchmark(settings, List.of(seeds), System.err, partial -> write(partial, settings)).run();
        String table = MarkdownReport.render(report, settings);
        System.out.print(table);
        System.out.flush();
        write(report, settings);
        return 0;
    }

    private void write(BenchReport report, BenchSettings settings) {
        if (reportFile == null) {
            return;
        }
        try {
            Path parent = reportFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(reportFile, MarkdownReport.render(report, settings), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
