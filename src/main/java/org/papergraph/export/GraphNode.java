package org.papergraph.export;

/**
 * A paper or concept. {@code id} is short and safe as an XML NMTOKEN ("concept:curriculum-learning");
 * {@code papers} counts the papers that mention the concept (1 for a paper), {@code evidence} the
 * evidence sentences behind its relations.
 */
public record GraphNode(String id, String iri, String label, NodeClass nodeClass, int papers, int evidence) {
}
