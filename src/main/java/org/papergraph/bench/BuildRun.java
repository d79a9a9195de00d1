package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.papergraph.build.BuildPipeline;
import org.papergraph.build.BuildSummary;
import org.papergraph.extract.Extractor;
import org.papergraph.ingest.FormatDetector;
import org.papergraph.ingest.IngestLimits;
import org.papergraph.ingest.InputReader;
import org.papergraph.nlp.PaperAnnotator;
import org.papergraph.store.PaperStore;

/** A full build (ingest, annotate, extract, link, load into TDB2) of one file into a fresh database. */
record BuildRun(PaperAnnotator annotator, Extractor extractor, int batchSize) {

    /** The measured build; the store stays open for the caller (to query it) and is the caller's to close. */
    record Built(PassResult result, PaperStore store, BuildSummary summary) {
    }

    Built build(Path input, Path database, int threads, double tokensPerPaper) throws IOException {
        Files2.deleteTree(database);
        PaperStore store = PaperStore.open(database);
        try (HeapMonitor heap = HeapMonitor.start()) {
            BuildSummary summary = BuildPipeline.builder()
                    .reader(new InputReader(FormatDetector.standard(IngestLimits.DEFAULT)))
                    .annotator(annotator)
                    .extractor(extractor)
                    .store(store)
                    .threads(threads)
                    .batchSize(batchSize)
                    .build()
                    .run(List.of(input));
            double seconds = summary.elapsed().toNanos() / 1e9;
            long papers = summary.records();
            PassResult result = new PassResult("build", threads, papers, Math.round(papers * tokensPerPaper),
                    seconds, heap.peakLiveBytes());
            return new Built(result, store, summary);
        } catch (RuntimeException | IOException e) {
            store.close();
            throw e;
        }
    }
}
