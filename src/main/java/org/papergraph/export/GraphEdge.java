package org.papergraph.export;

/** A relation between two nodes; {@code weight} is the number of papers that support it. */
public record GraphEdge(String id, String source, String target, EdgeKind kind, int weight) {

    public String predicateIri() {
        return kind.predicate().getURI();
    }
}
