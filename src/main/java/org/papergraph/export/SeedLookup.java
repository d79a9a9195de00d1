package org.papergraph.export;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.concepts.Labels;
import org.papergraph.rdf.PG;

/**
 * Finds the nodes a user names: a concept by its label or acronym (compared as the named queries
 * compare them), or a paper by its title or identifier, any case.
 */
public final class SeedLookup {

    private final Graph store;

    public SeedLookup(Graph store) {
        this.store = store;
    }

    public Set<Node> find(String name) {
        Set<Node> found = new LinkedHashSet<>();
        Node key = NodeFactory.createLiteralString(Labels.lookupKey(name));
        store.find(Node.ANY, PG.labelKey, key).forEach(t -> found.add(t.getSubject()));
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        Iterator<Triple> papers = store.find(Node.ANY, RDF.Nodes.type, PG.Paper);
        while (papers.hasNext()) {
            Node paper = papers.next().getSubject();
            if (matches(paper, DCTerms.title.asNode(), wanted) || matches(paper, DCTerms.identifier.asNode(), wanted)) {
                found.add(paper);
            }
        }
        return found;
    }

    private boolean matches(Node subject, Node property, String wanted) {
        Iterator<Triple> values = store.find(subject, property, Node.ANY);
        while (values.hasNext()) {
            Node value = values.next().getObject();
            if (value.isLiteral() && value.getLiteralLexicalForm().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
