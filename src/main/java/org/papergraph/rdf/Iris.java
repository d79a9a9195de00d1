package org.papergraph.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.papergraph.concepts.Labels;

/**
 * Mints papergraph's IRIs. Every local part is a key made only of letters, digits and hyphens
 * (see {@link Labels#key}), so IRIs are legal and the same across runs.
 */
public final class Iris {

    public static final String PAPER_NS = PG.RESOURCE + "paper/";
    public static final String CONCEPT_NS = PG.RESOURCE + "concept/";
    public static final String EVIDENCE_NS = PG.RESOURCE + "evidence/";
    public static final String GRAPH_NS = PG.RESOURCE + "graph/";

    public static final Node CONCEPTS_GRAPH = NodeFactory.createURI(GRAPH_NS + "concepts");
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(GRAPH_NS + "ontology");

    private Iris() {
    }

    public static Node paper(String paperId) {
        return NodeFactory.createURI(PAPER_NS + Labels.idKey(paperId));
    }

    public static Node paperGraph(String paperId) {
        return NodeFactory.createURI(GRAPH_NS + "paper/" + Labels.idKey(paperId));
    }

    public static Node concept(String conceptKey) {
        return NodeFactory.createURI(CONCEPT_NS + conceptKey);
    }

    public static Node evidence(String paperId, int index) {
        return NodeFactory.createURI(EVIDENCE_NS + Labels.idKey(paperId) + "-" + index);
    }

    public static boolean isPaperGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(GRAPH_NS + "paper/");
    }

    public static boolean isPaper(Node node) {
        return node.isURI() && node.getURI().startsWith(PAPER_NS);
    }

    public static boolean isConcept(Node node) {
        return node.isURI() && node.getURI().startsWith(CONCEPT_NS);
    }

    /** The node stating how many papers use two methods together; keys in order, so one node per pair. */
    public static Node methodPair(String firstKey, String secondKey) {
        return NodeFactory.createURI(PG.RESOURCE + "cooccurrence/" + firstKey + "/" + secondKey);
    }

    /**
     * The node counting one answer of a counted query for a group of lookup keys, named by its first key.
     * A key is any text a label gives (spaces, other scripts), so it is percent-encoded: two keys never
     * share a node.
     */
    public static Node answerCount(String queryName, String lookupKey, String answerKey) {
        return NodeFactory.createURI(PG.RESOURCE + "answer/" + queryName + "/" + answerKey + "/"
                + URLEncoder.encode(lookupKey, StandardCharsets.UTF_8));
    }

    /** The concept key of a concept IRI. */
    public static String conceptKey(Node concept) {
        return concept.getURI().substring(CONCEPT_NS.length());
    }
}
