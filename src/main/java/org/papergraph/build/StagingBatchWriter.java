package org.papergraph.build;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Appends each batch's paper graphs to one RDF Thrift file (binary, quick to write and to parse) for a
 * bulk load at the end of a first build. The store is empty then, so there is nothing to replace and
 * no metadata-only update.
 */
final class StagingBatchWriter implements BatchWriter, AutoCloseable {

    private final Path file;
    private final OutputStream out;
    private final StreamRDF stream;

    StagingBatchWriter(Path file) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.stream = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
        stream.start();
    }

    @Override
    public void write(Map<Node, List<Quad>> graphs, List<List<Quad>> metadataOnly) {
        if (!metadataOnly.isEmpty()) {
            throw new IllegalStateException("a staged first build has no stored papers to update");
        }
        graphs.values().forEach(graph -> graph.forEach(stream::quad));
    }

    @Override
    public boolean writesToStore() {
        return false;
    }

    @Override
    public void close() {
        stream.finish();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the staging file " + file, e);
        }
    }
}
