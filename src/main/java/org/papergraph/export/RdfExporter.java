package org.papergraph.export;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PG;
import org.papergraph.store.PaperStore;

/**
 * Writes the store as RDF with Jena's writers. Turtle, TriG and N-Quads stream (memory stays flat
 * however large the store); JSON-LD needs the whole dataset in the writer.
 */
public final class RdfExporter {

    private final PaperStore store;

    public RdfExporter(PaperStore store) {
        this.store = store;
    }

    public void write(ExportFormat format, OutputStream out) {
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph dsg = store.datasetGraph();
            if (!StreamRDFWriter.registered(format.rdfFormat())) {
                RDFWriter.source(dsg).format(format.rdfFormat()).output(out);
                return;
            }
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
            writer.start();
            PG.prefixes().getNsPrefixMap().forEach(writer::prefix);
            if (format.keepsNamedGraphs()) {
                Iterator<Quad> quads = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                quads.forEachRemaining(writer::quad);
            } else {
                writeUnion(dsg, writer);
            }
            writer.finish();
        });
    }

    /**
     * The union graph, streamed. Jena's union view deduplicates by index lookups and is slow on TDB2;
     * here only statements about concepts can repeat across graphs (papers and evidence live in one
     * graph each), so only those are remembered.
     */
    private static void writeUnion(DatasetGraph dsg, StreamRDF writer) {
        Set<Triple> conceptStatements = new HashSet<>();
        Iterator<Quad> quads = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (quads.hasNext()) {
            Triple triple = quads.next().asTriple();
            Node subject = triple.getSubject();
            if (subject.isURI() && subject.getURI().startsWith(Iris.CONCEPT_NS) && !conceptStatements.add(triple)) {
                continue;
            }
            writer.triple(triple);
        }
    }
}
