package org.papergraph.export;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.PG;
import org.papergraph.store.PaperStore;

/** Writes the store as RDF with Jena's writers. */
public final class RdfExporter {

    private final PaperStore store;

    public RdfExporter(PaperStore store) {
        this.store = store;
    }

    public void write(ExportFormat format, OutputStream out) {
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph dsg = store.datasetGraph();
            if (format.keepsNamedGraphs()) {
                RDFWriter.source(dsg).format(format.rdfFormat()).output(out);
            } else {
                Graph union = dsg.getUnionGraph();
                Graph view = new org.apache.jena.sparql.graph.GraphWrapper(union) {
                    @Override
                    public org.apache.jena.shared.PrefixMapping getPrefixMapping() {
                        return PG.prefixes();
                    }
                };
                RDFWriter.source(view).format(format.rdfFormat()).output(out);
            }
        });
    }
}
