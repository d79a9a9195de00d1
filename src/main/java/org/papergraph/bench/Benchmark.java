package org.papergraph.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.papergraph.cli.BuildModels;
import org.papergraph.concepts.ConceptLinker;
import org.papergraph.extract.Extractor;
import org.papergraph.ingest.FormatDetector;
import org.papergraph.ingest.IngestLimits;
import org.papergraph.ingest.IngestProblem;
import org.papergraph.ingest.InputReader;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperFilter;
import org.papergraph.ingest.PaperSink;
import org.papergraph.nlp.PaperAnnotator;
import org.papergraph.rdf.PaperQuads;
import org.papergraph.store.DiskUsage;
import org.papergraph.store.PaperStore;

/** Runs the measurements in order and collects them; progress goes to the log stream. */
final class Benchmark {

    private static final int WARM_UP_PAPERS = 20;

    private final BenchSettings settings;
    private final List<Path> seeds;
    private final PrintStream log;
    private final BenchReport report = new BenchReport();
    private final Map<String, Long> tokens = new ConcurrentHashMap<>();
    private PaperAnnotator annotator;
    private Extractor extractor;
    private ConceptLinker linker;

    /** Hears the report each time a corpus size is done, so a long run leaves its figures as it goes. */
    private final Consumer<BenchReport> progress;

    Benchmark(BenchSettings settings, List<Path> seeds, PrintStream log, Consumer<BenchReport> progress) {
        this.settings = settings;
        this.progress = progress;
        this.seeds = seeds;
        this.log = log;
    }

    BenchReport run() throws IOException {
        measureStartup();
        Files.createDirectories(settings.workDir());
        SentencePool pool = SentencePool.read(seeds);
        CorpusGenerator generator = new CorpusGenerator(pool, settings.seed());
        PaperStore sampleStore = null;
        if (!settings.scaleOnly()) {
            Path sampleFile = corpus(generator, settings.sample());
            List<Paper> sample = read(sampleFile, settings.sample());
            passBare(sample);
            passOpenIe(sample.subList(0, Math.min(settings.openIeSample(), sample.size())));
            passExtraction(sample);
            sampleStore = passBuild(sampleFile, sample.size());
        }
        for (int size : settings.sizes()) {
            scale(generator, size, size == settings.sample() ? sampleStore : null);
        }
        if (sampleStore != null && !settings.sizes().contains(settings.sample())) {
            sampleStore.close();
        }
        return report;
    }

    private void measureStartup() throws IOException {
        BuildModels models = BuildModels.load();
        annotator = new PaperAnnotator(models.annotator());
        extractor = models.extractor();
        linker = new ConceptLinker();
        double loaded = Startup.sinceJvmStart();
        Paper first = read(seeds.get(0), 1).get(0);
        new PaperQuads(extractor.id()).write(linker.link(extractor.extract(annotator.annotate(first))), "startup",
                new CollectorStreamQuads());
        report.startup = new Startup(loaded, Startup.sinceJvmStart());
        log.printf("startup: models %.1f s, first abstract %.1f s%n", loaded, report.startup.firstAbstractSeconds());
    }

    private Path corpus(CorpusGenerator generator, int n) throws IOException {
        Path file = settings.corpus(n);
        if (!Files.exists(file)) {
            log.printf("generating %d abstracts into %s%n", n, file);
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            generator.write(n, partial);
            Files.move(partial, file);
        }
        return file;
    }

    private void passBare(List<Paper> sample) {
        StanfordCoreNLP bare = NlpPipelines.bare();
        Throughput.PaperWork work = paper -> tokens.put(paper.id(), NlpPipelines.annotate(bare, paper));
        report.passes.add(pair("bare", "(a) CoreNLP bare pass: tokenize, ssplit, pos, lemma", sample, work));
    }

    private void passOpenIe(List<Paper> sample) {
        log.printf("loading OpenIE (depparse, natlog, openie)%n");
        StanfordCoreNLP openIe = NlpPipelines.openIe();
        report.passes.add(pair("openie", "(b) CoreNLP OpenIE pass (+ depparse, natlog, openie; entailments <= "
                + NlpPipelines.OPENIE_MAX_ENTAILMENTS + ")", sample, paper -> NlpPipelines.annotate(openIe, paper)));
        if (sample.size() < settings.sample()) {
            report.notes.add("The OpenIE pass ran on the first " + sample.size() + " papers of the sample only (it is the slowest pass).");
        }
    }

    private void passExtraction(List<Paper> sample) {
        Throughput.PaperWork work = paper -> linker.link(extractor.extract(annotator.annotate(paper)));
        report.passes.add(pair("extraction", "(c) papergraph extraction: annotate + " + extractor.id() + " + link", sample, work));
    }

    private PaperStore passBuild(Path sampleFile, int papers) throws IOException {
        BuildRun build = new BuildRun(annotator, extractor, settings.batchSize());
        double perPaper = tokensPerPaper();
        log.printf("build of %d papers, 1 thread%n", papers);
        BuildRun.Built one = build.build(sampleFile, settings.workDir().resolve("db-build-1"), 1, perPaper);
        one.store().close();
        Files2.deleteTree(settings.workDir().resolve("db-build-1"));
        log.printf("build of %d papers, %d threads%n", papers, settings.threads());
        BuildRun.Built many = build.build(sampleFile, settings.workDir().resolve("db-" + papers), settings.threads(), perPaper);
        report.passes.add(new BenchReport.PassPair("build", "(d) full build: ingest + extraction + TDB2 load", one.result(), many.result()));
        return many.store();
    }

    private void scale(CorpusGenerator generator, int size, PaperStore built) throws IOException {
        Path file = corpus(generator, size);
        PaperStore store = built;
        PassResult result;
        int compactions = -1;
        if (store == null) {
            log.printf("build of %d papers, %d threads%n", size, settings.threads());
            BuildRun.Built run = new BuildRun(annotator, extractor, settings.batchSize()).build(file, settings.workDir().resolve("db-" + size),
                    settings.threads(), tokensPerPaper());
            store = run.store();
            result = run.result();
            compactions = run.summary().compactions();
        } else {
            result = report.pass("build").many();
        }
        try {
            long quads = store.read(dsg -> {
                long[] n = {0};
                dsg.find().forEachRemaining(q -> n[0]++);
                return n[0];
            });
            log.printf("query latency at %d papers%n", size);
            List<QueryLatency.Latency> queries = QueryLatency.measure(store.datasetGraph(), settings.queryRuns());
            long disk = DiskUsage.of(store.directory());
            report.scales.add(new BenchReport.Scale(size, result, quads, disk, compactions, null, queries));
            progress.accept(report);
            if (!settings.skipLoad()) {
                log.printf("load comparison on %d quads%n", quads);
                LoadComparison.Result load = LoadComparison.run(store, settings.workDir(), settings.batchSize());
                report.scales.set(report.scales.size() - 1, report.scales.get(report.scales.size() - 1).withLoad(load));
                progress.accept(report);
            }
        } finally {
            store.close();
            Files2.deleteTree(settings.workDir().resolve("db-" + size));
        }
    }

    /** A warm-up, then the pass on 1 thread and on N threads, back to back. */
    private BenchReport.PassPair pair(String name, String description, List<Paper> sample, Throughput.PaperWork work) {
        log.printf("%s: warm-up, then %d papers on 1 and %d threads%n", name, sample.size(), settings.threads());
        Throughput.seconds(sample.subList(0, Math.min(WARM_UP_PAPERS, sample.size())), settings.threads(), work);
        long sampleTokens = tokensOf(sample);
        List<PassResult> results = new ArrayList<>();
        for (int threads : new int[] {1, settings.threads()}) {
            try (HeapMonitor heap = HeapMonitor.start()) {
                double seconds = Throughput.seconds(sample, threads, work);
                long counted = sampleTokens > 0 ? sampleTokens : tokensOf(sample);
                results.add(new PassResult(name, threads, sample.size(), counted, seconds, heap.peakLiveBytes()));
            }
        }
        return new BenchReport.PassPair(name, description, results.get(0), results.get(1));
    }

    private long tokensOf(List<Paper> papers) {
        long sum = 0;
        for (Paper paper : papers) {
            Long count = tokens.get(paper.id());
            if (count == null) {
                return 0;
            }
            sum += count;
        }
        return sum;
    }

    private double tokensPerPaper() {
        return tokens.isEmpty() ? 0 : tokens.values().stream().mapToLong(Long::longValue).average().orElse(0);
    }

    private static List<Paper> read(Path file, int limit) throws IOException {
        List<Paper> papers = new ArrayList<>();
        new InputReader(FormatDetector.standard(IngestLimits.DEFAULT), null, new PaperFilter(limit, null))
                .read(List.of(file), new PaperSink() {
                    @Override
                    public void paper(Paper paper) {
                        papers.add(paper);
                    }

                    @Override
                    public void problem(IngestProblem problem) {
                        throw new IllegalStateException("generated corpus unreadable: " + problem);
                    }
                });
        return papers;
    }
}
