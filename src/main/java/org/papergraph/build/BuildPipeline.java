package org.papergraph.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.papergraph.concepts.AnswerCounts;
import org.papergraph.concepts.ConceptCatalog;
import org.papergraph.concepts.ConceptHierarchy;
import org.papergraph.concepts.ConceptLinker;
import org.papergraph.concepts.ConceptRecord;
import org.papergraph.concepts.UsageStatistics;
import org.papergraph.concepts.Vocabulary;
import org.papergraph.extract.ConceptClass;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.RelationType;
import org.papergraph.ingest.IngestProblem;
import org.papergraph.ingest.InputReader;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperSink;
import org.papergraph.nlp.PaperAnnotator;
import org.papergraph.rdf.AnswerCountQuads;
import org.papergraph.rdf.ConceptQuads;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.OntologyQuads;
import org.papergraph.rdf.PaperQuads;
import org.papergraph.rdf.UsageQuads;
import org.papergraph.store.PaperStore;

/**
 * Builds the graph from input files into a store: ingest → annotate → extract → link → quads → store.
 * Records of the same paper from several sources (matched by identifier, then title) become one
 * paper ({@link PaperIdentity}, {@link PaperMerge}). Incremental: a paper whose merged record and
 * extractor are unchanged is skipped; one whose text changed has its graph replaced; one whose
 * metadata alone changed has only that rewritten. Memory stays flat: papers stream through batches
 * of bounded size, and only an index of identifier strings grows with the input. Each batch is one
 * write transaction, except in a large first build ({@link BulkLoad}), which stages the batches in a
 * file and loads it with Jena's bulk loader at the end.
 */
public final class BuildPipeline {

    private static final int MAX_PROBLEMS_KEPT = 1000;
    /** Method pairs kept for method-cooccurrence.rq (which shows 50), plus any tied with the last. */
    private static final int STORED_METHOD_PAIRS = 1000;
    /** A bulk-loaded first build's quads, in the database directory until they are loaded. */
    private static final String STAGING_FILE = "bulk-staging.trdf";

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
    private final CompactionPolicy compaction;
    private final BulkLoad bulkLoad;

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
        this.compaction = builder.compaction;
        this.bulkLoad = builder.bulkLoad;
    }

    public static Builder builder() {
        return new Builder();
    }

    public BuildSummary run(List<Path> inputs) throws IOException {
        long start = System.nanoTime();
        listener.phase("reading inputs");
        long total = countRecords(inputs);
        Set<String> inputFiles = new HashSet<>();
        InputReader.expand(inputs).forEach(path -> inputFiles.add(path.getFileName().toString()));
        Path staging = store.directory() == null ? null : store.directory().resolve(STAGING_FILE);
        if (staging != null) {
            Files.deleteIfExists(staging); // left by a first build that was interrupted
        }
        boolean bulk = staging != null && bulkLoad.appliesTo(total) && store.isEmpty();
        Run run;
        long bulkLoaded = 0;
        CompactionSchedule compactions;
        if (bulk) {
            try (StagingBatchWriter batches = new StagingBatchWriter(staging)) {
                listener.started(total);
                run = execute(inputs, inputFiles, batches, listener);
                listener.finished();
            }
            try {
                listener.phase("bulk loading the graph");
                bulkLoaded = store.bulkLoad(staging);
            } finally {
                Files.deleteIfExists(staging);
            }
            compactions = new CompactionSchedule(store, compaction, listener);
            if (run.deferred > 0) {
                // A record of a paper staged in an earlier batch: a second, ordinary pass merges it with the
                // loaded paper and rebuilds that paper alone, exactly as a build batch by batch would have.
                listener.phase("merging papers read from several sources");
                listener.started(total);
                execute(inputs, inputFiles, new StoreBatchWriter(store, compactions), withoutProblems(listener));
                listener.finished();
            }
        } else {
            compactions = new CompactionSchedule(store, compaction, listener);
            listener.started(total);
            run = execute(inputs, inputFiles, new StoreBatchWriter(store, compactions), listener);
            listener.finished();
        }
        listener.phase("deriving concepts");
        rebuildConcepts();
        store.replaceGraphs(Map.of(Iris.ONTOLOGY_GRAPH, OntologyQuads.quads()));
        compactions.afterWrite();
        return new BuildSummary(run.records, run.added, run.updated, run.unchanged, run.duplicates + run.deferred,
                run.problems, run.problemCount, store.stats(), Duration.ofNanos(System.nanoTime() - start),
                compactions.onDisk(), compactions.compactions(), bulkLoaded);
    }

    /** Reads the inputs through one {@link Run}, extracting on the worker threads and writing on one writer thread. */
    private Run execute(List<Path> inputs, Set<String> inputFiles, BatchWriter batches, BuildListener events)
            throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "papergraph-extract");
            thread.setDaemon(true);
            return thread;
        });
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "papergraph-write");
            thread.setDaemon(true);
            return thread;
        });
        Run run = new Run(workers, writer, inputFiles, batches, events);
        try {
            reader.read(inputs, run);
            run.flush();
            run.awaitWrite();
            run.recountRestored();
        } finally {
            workers.shutdownNow();
            writer.shutdownNow();
        }
        return run;
    }

    /** The same events without the input problems, for a second pass over inputs whose problems were reported. */
    private static BuildListener withoutProblems(BuildListener events) {
        return new BuildListener() {
            @Override
            public void started(long records) {
                events.started(records);
            }

            @Override
            public void advanced(long records) {
                events.advanced(records);
            }

            @Override
            public void phase(String description) {
                events.phase(description);
            }

            @Override
            public void finished() {
                events.finished();
            }

            @Override
            public void compacted(long beforeBytes, long afterBytes) {
                events.compacted(beforeBytes, afterBytes);
            }
        };
    }

    /**
     * The concepts graph is derived from all stored papers, so it is right whatever was rebuilt; so are
     * the usage counts, method pairs and counted answers the aggregate queries read from it.
     */
    public void rebuildConcepts() {
        ConceptCatalog catalog = new ConceptCatalog(vocabulary);
        store.readObservations(catalog::add);
        List<ConceptRecord> records = catalog.records();
        Map<String, ConceptClass> classes = new HashMap<>();
        records.forEach(r -> classes.put(r.key(), r.type()));
        ConceptHierarchy hierarchy = ConceptHierarchy.of(records);
        store.readConceptStatements(RelationType.BROADER, s -> hierarchy.add(s.subject(), s.object()));
        UsageStatistics usage = new UsageStatistics(classes);
        AnswerCounts answers = new AnswerCounts(records, hierarchy);
        store.readPaperLinks(paper -> {
            usage.add(paper);
            answers.add(paper);
        });
        store.replaceGraph(Iris.CONCEPTS_GRAPH, sink -> {
            new ConceptQuads().write(records, sink);
            new UsageQuads().write(records, usage, usage.topMethodPairs(STORED_METHOD_PAIRS, 2), sink);
            new AnswerCountQuads().write(answers.counts(), sink);
        });
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

    /**
     * The state of one pass over the inputs: which papers it has seen, and the batch waiting to be
     * written. A record of a paper already in the batch is merged there; one of a paper already written
     * (in this build or an earlier one) is merged with what the store holds, so the graph always shows
     * the merged paper. A staged pass cannot read back what it wrote: it counts such records as
     * deferred and leaves them to a second pass over the loaded store.
     */
    private final class Run implements PaperSink {
        private final ExecutorService workers;
        private final ExecutorService writer;
        private final Set<String> inputFiles;
        private final BatchWriter batches;
        private final boolean staged;
        private final BuildListener listener;
        /** The batch being written while the next one is extracted, and the ids of its papers. */
        private Future<?> writing;
        private Set<String> writingIds = Set.of();
        private int writingCount;
        private final PaperIdentity identity;
        private final Set<String> touched = new HashSet<>();
        /**
         * The stored hash of each paper counted as updated at a first record that dropped sources. A paper
         * listed in several places loses the others at its first record and gets them back at the later
         * ones, batches later: if it ends as it was, it was not updated.
         */
        private final Map<String, String> updatedFrom = new HashMap<>();
        private final Map<String, Pending> batch = new LinkedHashMap<>();
        private final List<IngestProblem> problems = new ArrayList<>();
        private long records;
        private long added;
        private long updated;
        private long unchanged;
        private long duplicates;
        private long deferred;
        private long problemCount;

        Run(ExecutorService workers, ExecutorService writer, Set<String> inputFiles, BatchWriter batches,
            BuildListener listener) {
            this.workers = workers;
            this.writer = writer;
            this.inputFiles = inputFiles;
            this.batches = batches;
            this.staged = !batches.writesToStore();
            this.listener = listener;
            this.identity = new PaperIdentity(store);
        }

        @Override
        public void paper(Paper record) {
            records++;
            Optional<String> known = identity.resolve(record);
            Pending pending;
            if (known.isEmpty()) {
                pending = new Pending(record);
            } else if (batch.containsKey(known.get())) {
                Pending earlier = batch.get(known.get());
                pending = new Pending(PaperMerge.merge(earlier.paper(), record.withId(known.get())), earlier.droppedSources());
                duplicates++;
                listener.advanced(1);
            } else if (staged) {
                deferred++;
                listener.advanced(1);
                return;
            } else {
                pending = mergeWithStored(known.get(), record);
            }
            batch.put(pending.paper().id(), pending);
            identity.remember(pending.paper(), record);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        /**
         * The first time a build meets a stored paper, the sources it had from this build's own input
         * files are dropped: this build re-adds those that are still there, so a newer snapshot replaces
         * the lines of the old one instead of piling up beside them.
         */
        private Pending mergeWithStored(String id, Paper record) {
            awaitWriteOf(id);
            Optional<Paper> stored = store.readPaper(id);
            if (stored.isEmpty()) {
                return new Pending(record.withId(id));
            }
            if (touched.contains(id)) {
                duplicates++;
                return new Pending(PaperMerge.merge(stored.get(), record.withId(id)));
            }
            // The first record of this build for a stored paper is the input as it is now: its text
            // replaces the stored text (an edited abstract is rebuilt) unless the store holds a newer revision.
            Paper refreshed = PaperMerge.refresh(stored.get(), record.withId(id));
            Paper current = PaperMerge.withoutStaleSources(refreshed, inputFiles, record);
            return new Pending(current, current.sources().size() < refreshed.sources().size());
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
            Map<String, String> hashes = new LinkedHashMap<>();
            List<List<Quad>> metadataOnly = new ArrayList<>();
            Set<String> batchIds = new HashSet<>();
            for (Pending pending : batch.values()) {
                awaitWriteOf(pending.paper().id());
                batchIds.add(pending.paper().id());
            }
            for (Pending pending : batch.values()) {
                Paper paper = pending.paper();
                // A paper met again in this build is a duplicate record, already counted as such.
                boolean firstInBuild = touched.add(paper.id());
                String hash = ContentHash.of(paper, extractor.id());
                Optional<String> stored = store.storedHash(paper.id());
                if (!force && stored.isPresent() && stored.get().equals(hash)) {
                    unchanged += firstInBuild ? 1 : 0;
                    listener.advanced(1);
                } else if (!force && stored.isPresent() && ContentHash.sameText(stored.get(), paper, extractor.id())) {
                    if (firstInBuild) {
                        countUpdate(pending, stored.get());
                    }
                    metadataOnly.add(PaperQuads.metadata(paper, hash));
                    listener.advanced(1);
                } else {
                    if (firstInBuild && stored.isPresent()) {
                        countUpdate(pending, stored.get());
                    } else if (firstInBuild) {
                        added++;
                    }
                    toBuild.add(paper);
                    hashes.put(paper.id(), hash);
                }
            }
            batch.clear();
            List<Future<List<Quad>>> results = new ArrayList<>();
            for (Paper paper : toBuild) {
                results.add(workers.submit(() -> quadsOf(paper, hashes.get(paper.id()))));
            }
            Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
            for (int i = 0; i < toBuild.size(); i++) {
                graphs.put(Iris.paperGraph(toBuild.get(i).id()), await(results.get(i)));
            }
            // The store takes one writer: this batch is written while the workers extract the next one.
            awaitWrite();
            writingIds = batchIds;
            writingCount = toBuild.size();
            writing = writer.submit(() -> batches.write(graphs, metadataOnly));
        }

        private void countUpdate(Pending pending, String storedHash) {
            updated++;
            if (pending.droppedSources() && !force) {
                updatedFrom.put(pending.paper().id(), storedHash);
            }
        }

        /** Counts the papers that a later record brought back to what they were as unchanged (once all is written). */
        void recountRestored() {
            updatedFrom.forEach((id, before) -> {
                if (store.storedHash(id).filter(before::equals).isPresent()) {
                    updated--;
                    unchanged++;
                }
            });
            updatedFrom.clear();
        }

        /** Reading a paper that is being written must wait until its batch is committed. */
        private void awaitWriteOf(String id) {
            if (writingIds.contains(id)) {
                awaitWrite();
            }
        }

        void awaitWrite() {
            if (writing == null) {
                return;
            }
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("build interrupted", e);
            } catch (ExecutionException e) {
                // A store failure keeps its type, so the command line reports it as a database error.
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("writing failed: " + e.getCause(), e.getCause());
            }
            writing = null;
            writingIds = Set.of();
            listener.advanced(writingCount);
        }

        private List<Quad> quadsOf(Paper paper, String hash) {
            CollectorStreamQuads quads = new CollectorStreamQuads();
            paperQuads.write(linker.link(extractor.extract(annotator.annotate(paper))), hash, quads);
            return quads.getCollected();
        }

        private <T> T await(Future<T> result) {
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

    /** A merged paper waiting to be written. */
    /**
     * A paper waiting in the batch. {@code droppedSources}: it is stored, and its first record of this
     * build dropped sources from this build's input files that later records may bring back.
     */
    private record Pending(Paper paper, boolean droppedSources) {
        Pending(Paper paper) {
            this(paper, false);
        }
    }

    /** Configures a build (like Jena's RDFParser builder). */
    public static final class Builder {
        private InputReader reader;
        private PaperAnnotator annotator;
        private Extractor extractor;
        private PaperStore store;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int batchSize = 2048;
        private BuildListener listener = BuildListener.SILENT;
        private boolean force;
        private CompactionPolicy compaction = CompactionPolicy.AUTO;
        private BulkLoad bulkLoad = BulkLoad.AUTO;

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

        /** When to compact the database during the build (default {@link CompactionPolicy#AUTO}). */
        public Builder compaction(CompactionPolicy compaction) {
            this.compaction = compaction;
            return this;
        }

        /** When a first build stages its quads and bulk loads them (default {@link BulkLoad#AUTO}). */
        public Builder bulkLoad(BulkLoad bulkLoad) {
            this.bulkLoad = bulkLoad;
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
