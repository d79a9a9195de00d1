package org.papergraph.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate",
        description = {"Writes N distinct abstracts recombined from the sample corpus as an arXiv snapshot file",
                "(JSON lines, read by 'papergraph build'). The same --seed gives the same file."},
        footer = {"", "Example:", "  papergraph bench generate --n 10000 --out target/bench/corpus-10k.jsonl"},
        mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--n", paramLabel = "N", required = true, description = "Number of abstracts.")
    private long n;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    private Path out;

    @Option(names = "--seed", defaultValue = "7", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "data/seeds",
            description = "The sample abstracts to recombine (default: ${DEFAULT-VALUE}).")
    private Path seeds;

    @Override
    public Integer call() throws Exception {
        long chars = new CorpusGenerator(SentencePool.read(List.of(seeds)), seed).write(n, out);
        System.out.printf("wrote %d abstracts (%d characters of abstract text) to %s%n", n, chars, out);
        return 0;
    }
}
