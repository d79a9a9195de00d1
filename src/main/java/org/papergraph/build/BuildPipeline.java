package org.papergraph.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.concepts.ConceptCatalog;
import org.papergraph.concepts.ConceptLinker;
import org.papergraph.concepts.Vocabulary;
import org.papergraph.extract.Extractor;
import org.papergraph.ingest.IngestProblem;
import org.papergraph.ingest.InputReader;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperSink;
import org.papergraph.nlp.PaperAnnotator;
import org.papergraph.rdf.ConceptQuads;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.OntologyQuads;
import org.papergraph.rdf.PaperQuads;
import org.papergraph.store.PaperStore;

/**
 * Builds the graph from input files into a store: ingest → annotate → extract → link → quads → store.
 * Incremental: a paper whose record and extractor are unchanged is skipped; a changed one has its
 * graph replaced. Memory stays flat: papers stream through batches of bounded size.
 */
public final class BuildPipeline {

    private static final int MAX_PROBLEMS_KEPT = 1000;

    private final InputReader reader;
    private final PaperAnnotator annotator;
    private final Extractor extractor;
    private final Vocabulary vocabulary = Vocabulary.standard();
    private final ConceptLinker linker = new ConceptLinker(vocabulary);
    private final PaperQuads paperQuads;
    private final PaperStore store;
    private final int threads;
    private final int batchSize;
    private final BuildListener listener;
    private final boolean force;

    private BuildPipeline(Builder builder) {
        this.reader = builder.reader;
        this.annotator = builder.annotator;
        this.extractor = builder.extractor;
        this.paperQuads = new PaperQuads(builder.extractor.id());
        this.store = builder.store;
        this.threads = builder.threads;
        this.batchSize = builder.batchSize;
        this.listener = builder.listener;
        this.force = builder.force;
    }

    public static Builder builder() {
        return new Builder();
    }

    public BuildSummary run(List<Path> inputs) throws IOException {
        long start = System.nanoTime();
        listener.phase("reading inputs");
        long total = countRecords(inputs);
        listener.started(total);
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "papergraph-extract");
            thread.setDaemon(true);
            return thread;
        });
        Run run = new Run(workers);
        try {
            reader.read(inputs, run);
            run.flush();
        } finally {
            workers.shutdownNow();
        }
        listener.finished();
        listener.phase("deriving concepts");
        rebuildConcepts();
        store.replaceGraphs(Map.of(Iris.ONTOLOGY_GRAPH, OntologyQuads.quads()));
        return new BuildSummary(run.records, run.added, run.updated, run.unchanged, run.duplicates, run.problems,
                run.problemCount, store.stats(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The concepts graph is derived from all stored papers, so it is right whatever was rebuilt. */
    public void rebuildConcepts() {
        ConceptCatalog catalog = new ConceptCatalog(vocabulary);
        store.readObservations(catalog::add);
        CollectorStreamQuads quads = new CollectorStreamQuads();
        new ConceptQuads().write(catalog.records(), quads);
        store.replaceGraphs(Map.of(Iris.CONCEPTS_GRAPH, quads.getCollected()));
    }

    private long countRecords(List<Path> inputs) throws IOException {
        long[] count = {0};
        reader.read(inputs, new PaperSink() {
            @Override
            public void paper(Paper paper) {
                count[0]++;
            }

            @Override
            public void problem(IngestProblem problem) {
            }
        });
        return count[0];
    }

    /** The state of one build: what was seen, and the batch waiting to be extracted. */
    private final class Run implements PaperSink {
        private final ExecutorService workers;
        private final Set<String> seen = new HashSet<>();
        private final List<Paper> batch = new ArrayList<>();
        private final List<Quad> duplicateSources = new ArrayList<>();
        private final List<IngestProblem> problems = new ArrayList<>();
        private long records;
        private long added;
        private long updated;
        private long unchanged;
        private long duplicates;
        private long problemCount;

        Run(ExecutorService workers) {
            this.workers = workers;
        }

        @Override
        public void paper(Paper paper) {
            records++;
            if (!seen.add(paper.id())) {
                duplicates++;
                duplicateSources.add(PaperQuads.sourceQuad(paper));
                listener.advanced(1);
                return;
            }
            batch.add(paper);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        @Override
        public void problem(IngestProblem problem) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS_KEPT) {
                problems.add(problem);
            }
            listener.problem(problem);
        }

        void flush() {
            List<Paper> toBuild = new ArrayList<>();
            Map<Paper, String> hashes = new LinkedHashMap<>();
            for (Paper paper : batch) {
                String hash = ContentHash.of(paper, extractor.id());
                Optional<String> stored = store.storedHash(paper.id());
                if (!force && stored.isPresent() && stored.get().equals(hash)) {
                    unchanged++;
                    listener.advanced(1);
                } else {
                    if (stored.isPresent()) {
                        updated++;
                    } else {
                        added++;
                    }
                    toBuild.add(paper);
                    hashes.put(paper, hash);
                }
            }
            batch.clear();
            List<Future<List<Quad>>> results = new ArrayList<>();
            for (Paper paper : toBuild) {
                results.add(workers.submit(() -> quadsOf(paper, hashes.get(paper))));
            }
            Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
            for (int i = 0; i < toBuild.size(); i++) {
                graphs.put(Iris.paperGraph(toBuild.get(i).id()), await(results.get(i)));
            }
            if (!graphs.isEmpty()) {
                store.replaceGraphs(graphs);
            }
            listener.advanced(toBuild.size());
            store.add(duplicateSources);
            duplicateSources.clear();
        }

        private List<Quad> quadsOf(Paper paper, String hash) {
            CollectorStreamQuads quads = new CollectorStreamQuads();
            paperQuads.write(linker.link(extractor.extract(annotator.annotate(paper))), hash, quads);
            return quads.getCollected();
        }

        private List<Quad> await(Future<List<Quad>> result) {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("build interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
            }
        }
    }

    /** Configures a build (like Jena's RDFParser builder). */
    public static final class Builder {
        private InputReader reader;
        private PaperAnnotator annotator;
        private Extractor extractor;
        private PaperStore store;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int batchSize = 64;
        private BuildListener listener = BuildListener.SILENT;
        private boolean force;

        public Builder reader(InputReader reader) {
            this.reader = reader;
            return this;
        }

        public Builder annotator(PaperAnnotator annotator) {
            this.annotator = annotator;
            return this;
        }

        public Builder extractor(Extractor extractor) {
            this.extractor = extractor;
            return this;
        }

        public Builder store(PaperStore store) {
            this.store = store;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = Math.max(1, threads);
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = Math.max(1, batchSize);
            return this;
        }

        /** Re-extract every paper even when its record and extractor are unchanged. */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        public Builder listener(BuildListener listener) {
            this.listener = listener;
            return this;
        }

        public BuildPipeline build() {
            if (reader == null || annotator == null || extractor == null || store == null) {
                throw new IllegalStateException("a build needs a reader, an annotator, an extractor and a store");
            }
            return new BuildPipeline(this);
        }
    }
}
