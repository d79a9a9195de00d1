package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.papergraph.build.BuildPipeline;
import org.papergraph.build.BuildSummary;
import org.papergraph.build.BulkLoad;
import org.papergraph.build.CompactionPolicy;
import org.papergraph.extract.ConceptClass;
import org.papergraph.ingest.FormatDetector;
import org.papergraph.ingest.IngestLimits;
import org.papergraph.ingest.InputReader;
import org.papergraph.ingest.PaperFilter;
import org.papergraph.nlp.PaperAnnotator;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build",
        description = {
                "Builds the knowledge graph from abstracts into the database.",
                "Reads abstracts, extracts methods, tasks, datasets and metrics with their evidence, and loads",
                "the graph into the database. Incremental: unchanged papers are skipped, changed ones replaced,",
                "so running it twice on the same input leaves the same graph.",
                "Formats are detected from content: arXiv API Atom feeds (arxiv-atom), the arXiv metadata snapshot",
                "(arxiv-jsonl), CSV/TSV tables with title and abstract columns (csv, tsv), BibTeX with abstracts",
                "(bibtex), arXiv-style, title/abstract and Hugging Face listings, and plain .txt abstracts (text).",
                "Directories are read recursively; gzip-compressed files are read as they are.",
                "The same paper from several sources (same arXiv id or DOI, else same title) is one paper."},
        footer = {"", "Examples:", "  papergraph build data/seeds",
                "  papergraph build --category cs.LG --limit 1000 arxiv-metadata-oai-snapshot.json.gz", "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    private final Supplier<BuildModels> models;

    @Mixin
    private CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
    private List<Path> inputs;

    @Option(names = "--format", paramLabel = "NAME", description = "Force an input format instead of detecting it.")
    private String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Read at most N papers (after --category), for a first try on a large source; 0 reads all.")
    private long limit;

    @Option(names = "--category", paramLabel = "CAT",
            description = "Only papers in this arXiv category (cs.LG) or archive (cs); papers whose source gives no category are left out.")
    private String category;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: number of cores, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "2048",
            description = "Papers written per transaction (default: ${DEFAULT-VALUE}). Larger batches leave less"
                    + " replaced data on disk until the next compaction; smaller ones redo less work after a crash.")
    private int batchSize;

    @Option(names = "--compact-after", paramLabel = "MB",
            description = "Compact the database during the build whenever it has grown by MB megabytes since it was"
                    + " last compacted; 0 never compacts. Default: when it has grown by 1024 MB and doubled (the database"
                    + " keeps every block a write replaces until it is compacted, so a long build would otherwise leave"
                    + " several times its data on disk).")
    private Long compactAfterMegabytes;

    @Option(names = "--bulk-load", paramLabel = "WHEN", defaultValue = "auto",
            description = "When a first build (into an empty database) stages its quads and loads them with Jena's bulk"
                    + " loader at the end instead of one transaction a batch: auto (the default, for "
                    + BulkLoad.AUTO_MIN_RECORDS + " records or more), always or never. A bulk load is faster and leaves no replaced data to"
                    + " compact away, but an interrupted bulk build keeps nothing, where one batch by batch keeps every"
                    + " finished batch.")
    private BulkLoad bulkLoad;

    @Option(names = "--max-abstract-chars", paramLabel = "N", defaultValue = "20000",
            description = "Longer abstracts are reported and skipped (default: ${DEFAULT-VALUE}).")
    private int maxAbstractChars;

    @Option(names = "--max-line-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Longer input lines are reported and skipped (default: ${DEFAULT-VALUE}).")
    private int maxLineChars;

    @Option(names = "--no-progress", description = "Do not show the progress bar.")
    private boolean noProgress;

    @Option(names = "--force", description = "Re-extract every paper, even those unchanged since the last build.")
    private boolean force;

    /** Loads the language models for this run (picocli's way in). */
    BuildCommand() {
        this(BuildModels::load);
    }

    /** Takes models already loaded, so that tests run many builds in one JVM without reloading them. */
    BuildCommand(Supplier<BuildModels> models) {
        this.models = models;
    }

    @Override
    public Integer call() throws Exception {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UserError(ExitCodes.INPUT, "input " + input + " does not exist; give a file or directory of abstracts");
            }
        }
        IngestLimits limits;
        PaperFilter filter;
        try {
            limits = new IngestLimits(maxAbstractChars, maxLineChars);
            filter = new PaperFilter(limit, category);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
        FormatDetector detector = FormatDetector.standard(limits);
        if (format != null && detector.byName(format).isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "unknown --format '" + format + "'; known: " + String.join(", ", detector.names()));
        }
        boolean bar = !noProgress && System.console() != null;
        try (PaperStore store = PaperStore.open(common.database())) {
            if (bar) {
                System.err.println("loading language models...");
            }
            BuildModels buildModels = models.get();
            BuildPipeline pipeline = BuildPipeline.builder()
                    .reader(new InputReader(detector, format, filter))
                    .annotator(new PaperAnnotator(buildModels.annotator()))
                    .extractor(buildModels.extractor())
                    .store(store)
                    .threads(threads)
                    .batchSize(batchSize)
                    .force(force)
                    .compaction(compactionPolicy())
                    .bulkLoad(bulkLoad)
                    .listener(new ConsoleProgress(System.err, bar))
                    .build();
            BuildSummary summary = pipeline.run(inputs);
            printSummary(summary);
            return exitCode(summary);
        }
    }

    private CompactionPolicy compactionPolicy() {
        if (compactAfterMegabytes == null) {
            return CompactionPolicy.AUTO;
        }
        if (compactAfterMegabytes < 0) {
            throw new UserError(ExitCodes.USAGE, "--compact-after must be 0 (never) or a size in MB, not " + compactAfterMegabytes);
        }
        return compactAfterMegabytes == 0 ? CompactionPolicy.NEVER : CompactionPolicy.afterGrowth(compactAfterMegabytes << 20);
    }

    /** 0 when everything loaded; 3 when some input was skipped (each reported with file:line), the rest loaded. */
    static int exitCode(BuildSummary summary) {
        return summary.problemCount() > 0 ? ExitCodes.INPUT : ExitCodes.OK;
    }

    private void printSummary(BuildSummary s) {
        System.out.printf(Locale.ROOT, "Built %s in %.1f s%n", common.database(), s.elapsed().toMillis() / 1000.0);
        System.out.printf(Locale.ROOT, "  records read   %d (%d new, %d updated, %d unchanged, %d duplicates merged)%n",
                s.records(), s.added(), s.updated(), s.unchanged(), s.duplicates());
        if (s.problemCount() > 0) {
            System.out.printf(Locale.ROOT, "  skipped        %d (see the warnings above)%n", s.problemCount());
        }
        System.out.printf(Locale.ROOT, "  papers         %d%n", s.store().papers());
        StringBuilder concepts = new StringBuilder();
        for (ConceptClass c : ConceptClass.values()) {
            concepts.append(String.format(Locale.ROOT, "%s%d %s", concepts.isEmpty() ? "" : ", ",
                    s.store().conceptsByClass().getOrDefault(c, 0L), c.localName().toLowerCase(Locale.ROOT) + "s"));
        }
        System.out.printf(Locale.ROOT, "  concepts       %d (%s)%n", s.store().concepts(), concepts);
        System.out.printf(Locale.ROOT, "  evidence       %d statements with their sentence%n", s.store().evidence());
        System.out.printf(Locale.ROOT, "  triples        %d%s%n", s.store().quads(), s.bulkLoadedQuads() == 0 ? ""
                : String.format(Locale.ROOT, " (%d of them bulk loaded)", s.bulkLoadedQuads()));
        if (s.diskBytes() > 0) {
            System.out.printf(Locale.ROOT, "  on disk        %.1f MB%s%n", s.diskBytes() / 1048576.0, s.compactions() == 0 ? ""
                    : String.format(Locale.ROOT, " (compacted %d time%s during the build)", s.compactions(), s.compactions() == 1 ? "" : "s"));
        }
        System.out.printf(Locale.ROOT, "  peak heap      %d MB%n", PeakHeap.megabytes());
    }
}
