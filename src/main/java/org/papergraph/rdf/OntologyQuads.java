package org.papergraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology (ontology/papergraph.ttl, shipped on the classpath) as quads of the ontology graph. */
public final class OntologyQuads {

    public static final String RESOURCE = "/ontology/papergraph.ttl";

    private OntologyQuads() {
    }

    public static Graph graph() {
        try (InputStream in = OntologyQuads.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ontology " + RESOURCE + " is missing from the classpath; rebuild papergraph");
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Quad> quads() {
        return graph().stream().map(t -> Quad.create(Iris.ONTOLOGY_GRAPH, t)).toList();
    }
}
