package org.papergraph.server;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.export.NodeClass;
import org.papergraph.export.NodeLabels;

/**
 * Any CONSTRUCT or DESCRIBE result as Cytoscape.js elements: every subject and object a node
 * (labelled and coloured from the store when it is a paper or concept), every triple an edge
 * labelled with its predicate. At most {@link #MAX_TRIPLES} triples, so the page stays usable.
 */
final class TripleGraphJson {

    static final int MAX_TRIPLES = 1000;
    private static final String OTHER_COLOUR = "#9467bd";

    private final Graph store;

    TripleGraphJson(Graph store) {
        this.store = store;
    }

    void write(Graph result, JsonGenerator json) throws IOException {
        Map<Node, String> ids = new LinkedHashMap<>();
        json.writeStartObject();
        json.writeNumberField("triples", result.size());
        json.writeArrayFieldStart("edges");
        Iterator<Triple> triples = result.find();
        int written = 0;
        while (triples.hasNext() && written < MAX_TRIPLES) {
            Triple t = triples.next();
            String from = ids.computeIfAbsent(t.getSubject(), n -> "n" + ids.size());
            String to = ids.computeIfAbsent(t.getObject(), n -> "n" + ids.size());
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", "e" + written++);
            json.writeStringField("source", from);
            json.writeStringField("target", to);
            json.writeStringField("relation", t.getPredicate().isURI() ? t.getPredicate().getLocalName() : t.getPredicate().toString());
            json.writeStringField("predicate", t.getPredicate().toString());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("nodes");
        for (Map.Entry<Node, String> entry : ids.entrySet()) {
            Node node = entry.getKey();
            NodeClass nodeClass = classOf(node);
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", entry.getValue());
            json.writeStringField("label", label(node));
            json.writeStringField("class", nodeClass == null ? (node.isLiteral() ? "Literal" : "Resource") : nodeClass.label());
            json.writeStringField("color", nodeClass == null ? OTHER_COLOUR : nodeClass.hexColour());
            json.writeStringField("iri", node.isURI() ? node.getURI() : "");
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private NodeClass classOf(Node node) {
        if (!node.isURI()) {
            return null;
        }
        Iterator<Triple> types = store.find(node, RDF.Nodes.type, Node.ANY);
        while (types.hasNext()) {
            NodeClass found = NodeClass.ofRdfClass(types.next().getObject()).orElse(null);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String label(Node node) {
        return NodeLabels.label(store, node, List.of(SKOS.prefLabel.asNode(), DCTerms.title.asNode()));
    }
}
