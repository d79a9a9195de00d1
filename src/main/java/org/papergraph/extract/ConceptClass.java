package org.papergraph.extract;

/** The four kinds of concept the graph holds. */
public enum ConceptClass {
    METHOD, TASK, DATASET, METRIC;

    /** "Method", as in the ontology's class names. */
    public String localName() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
