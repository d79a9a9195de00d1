package org.papergraph.export;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** The display label of a node: the first literal value of the first labelling property it has. */
public final class NodeLabels {

    private NodeLabels() {
    }

    /**
     * @param properties the labelling properties in order of preference (a paper's title before its
     *                   rdfs:label, say)
     * @return that label, else the IRI's local name (or the node's text for a blank node or literal)
     */
    public static String label(Graph graph, Node node, List<Node> properties) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        for (Node property : properties) {
            Iterator<Triple> found = graph.find(node, property, Node.ANY);
            if (found.hasNext()) {
                Node value = found.next().getObject();
                if (value.isLiteral()) {
                    return value.getLiteralLexicalForm();
                }
            }
        }
        return node.isURI() ? node.getLocalName() : node.toString();
    }
}
