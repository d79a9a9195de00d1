package org.papergraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.papergraph.store.PaperStore;

/**
 * Loads the same quads (a built database dumped to N-Quads) two ways into fresh databases: the way a
 * build writes them (graph by graph, a batch of papers per write transaction, through {@link PaperStore}) and
 * with Jena's phased bulk loader (tdb2.tdbloader's default), which is what a large first build uses
 * ({@link PaperStore#bulkLoad}). Both parse the same file.
 */
final class LoadComparison {

    record Result(long quads, double buildPathSeconds, double bulkSeconds) {
        double buildPathQuadsPerSecond() {
            return quads / buildPathSeconds;
        }

        double bulkQuadsPerSecond() {
            return quads / bulkSeconds;
        }
    }

    private LoadComparison() {
    }

    static Result run(PaperStore built, Path workDir, int papersPerTransaction) throws IOException {
        Path dump = workDir.resolve("quads.nq");
        long quads = dump(built, dump);
        Path buildPath = workDir.resolve("load-build-path");
        Path bulk = workDir.resolve("load-bulk");
        Files2.deleteTree(buildPath);
        Files2.deleteTree(bulk);
        double buildSeconds;
        try (PaperStore store = PaperStore.open(buildPath)) {
            long start = System.nanoTime();
            RDFParser.source(dump).lang(Lang.NQUADS).parse(new BatchingSink(store, papersPerTransaction));
            buildSeconds = (System.nanoTime() - start) / 1e9;
        }
        double bulkSeconds;
        try (PaperStore store = PaperStore.open(bulk)) {
            long start = System.nanoTime();
            store.bulkLoad(dump);
            bulkSeconds = (System.nanoTime() - start) / 1e9;
        }
        Files.deleteIfExists(dump);
        Files2.deleteTree(buildPath);
        Files2.deleteTree(bulk);
        return new Result(quads, buildSeconds, bulkSeconds);
    }

    private static long dump(PaperStore store, Path file) throws IOException {
        long[] count = {0};
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            writer.start();
            Txn.executeRead(store.dataset(), () -> store.datasetGraph().find().forEachRemaining(quad -> {
                writer.quad(quad);
                count[0]++;
            }));
            writer.finish();
        }
        return count[0];
    }

    /** Groups quads by graph (a dump lists each graph's quads together) and writes a batch of graphs per transaction. */
    private static final class BatchingSink extends StreamRDFBase {
        private final PaperStore store;
        private final int graphsPerTransaction;
        private final Map<Node, List<Quad>> batch = new LinkedHashMap<>();

        BatchingSink(PaperStore store, int graphsPerTransaction) {
            this.store = store;
            this.graphsPerTransaction = graphsPerTransaction;
        }

        @Override
        public void quad(Quad quad) {
            List<Quad> graph = batch.get(quad.getGraph());
            if (graph == null) {
                if (batch.size() >= graphsPerTransaction) {
                    flush();
                }
                graph = new ArrayList<>();
                batch.put(quad.getGraph(), graph);
            }
            graph.add(quad);
        }

        @Override
        public void finish() {
            flush();
        }

        private void flush() {
            store.replaceGraphs(batch);
            batch.clear();
        }
    }
}
