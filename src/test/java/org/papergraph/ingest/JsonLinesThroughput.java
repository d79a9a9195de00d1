package org.papergraph.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: a harness that shows the snapshot reader streams. It writes a JSON-lines file of the
 * given size in the snapshot's shape (if the file is not there yet), reads it with the production
 * reader, and prints papers read per second and the peak heap. Run with a small heap to make the point:
 *
 * <pre>
 *   ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *       org.papergraph.ingest.JsonLinesThroughput /tmp/snapshot-1g.jsonl 1024
 * </pre>
 */
public final class JsonLinesThroughput {

    private JsonLinesThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/snapshot-1g.jsonl");
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        if (!Files.exists(file) || Files.size(file) < megabytes << 20) {
            generate(file, megabytes << 20);
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        long[] counts = new long[2];
        long start = System.nanoTime();
        new InputReader(FormatDetector.standard(IngestLimits.DEFAULT)).read(List.of(file), new PaperSink() {
            @Override
            public void paper(Paper paper) {
                counts[0]++;
            }

            @Override
            public void problem(IngestProblem problem) {
                counts[1]++;
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "file            %s (%.0f MB)%n", file, Files.size(file) / 1048576.0);
        System.out.printf(Locale.ROOT, "papers read     %d (%d problems)%n", counts[0], counts[1]);
        System.out.printf(Locale.ROOT, "time            %.1f s, %.0f papers/s, %.0f MB/s%n", seconds, counts[0] / seconds,
                Files.size(file) / 1048576.0 / seconds);
        System.out.printf(Locale.ROOT, "peak heap       %.0f MB (sum of heap pools' peaks; -Xmx %d MB)%n", peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Records shaped like the snapshot's (LaTeX, wrapped lines, versions, authors_parsed), each one distinct. */
    private static void generate(Path file, long bytes) throws IOException {
        String abstractText = ("  We study the dynamics of gradient-based training in two-layer neural networks\\nand show that "
                + "features learned early can be lost over long training. Using a\\nfast-slow decomposition with $\\\\epsilon \\\\to 0$ "
                + "we derive the conditions for feature\\nunlearning and validate them on CIFAR-10 and ImageNet, following Garc\\\\'ia "
                + "et al. ").repeat(4);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                String line = String.format(Locale.ROOT, "{\"id\": \"%04d.%05d\", \"submitter\": \"Author %d\", \"authors\": "
                                + "\"A. Garc\\\\'ia, B. M\\\\\\\"uller and C. Smith\", \"title\": \"Feature Unlearning in Networks, Part %d:\\n  "
                                + "A Fast-Slow Analysis\", \"comments\": \"12 pages\", \"journal-ref\": null, \"doi\": null, "
                                + "\"report-no\": null, \"categories\": \"%s stat.ML\", \"license\": null, \"abstract\": \"%s\\n\", "
                                + "\"versions\": [{\"version\": \"v1\", \"created\": \"Mon, 2 Apr 2007 19:18:42 GMT\"}, "
                                + "{\"version\": \"v2\", \"created\": \"Tue, 24 Jul 2007 20:10:27 GMT\"}], \"update_date\": \"2008-11-13\", "
                                + "\"authors_parsed\": [[\"Garc\\\\'ia\", \"A.\", \"\"], [\"M\\\\\\\"uller\", \"B.\", \"\"], [\"Smith\", \"C.\", \"\"]]}%n",
                        1000 + i / 100_000, i % 100_000, i, i, i % 3 == 0 ? "cs.LG" : "cs.CV", abstractText);
                out.write(line);
                written += line.length();
            }
        }
    }
}
