package org.papergraph.export;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.rdf.PG;

/** The relations the property graph keeps, each with the RDF predicate it comes from. */
public enum EdgeKind {
    PROPOSES("proposes", PG.proposes),
    USES_METHOD("usesMethod", PG.usesMethod),
    ADDRESSES_TASK("addressesTask", PG.addressesTask),
    USES_DATASET("usesDataset", PG.usesDataset),
    USES_METRIC("usesMetric", PG.usesMetric),
    BROADER("broader", SKOS.broader.asNode());

    private final String label;
    private final Node predicate;

    EdgeKind(String label, Node predicate) {
        this.label = label;
        this.predicate = predicate;
    }

    /** "usesMethod": the predicate's local name. */
    public String label() {
        return label;
    }

    public Node predicate() {
        return predicate;
    }

    /** "USES_METHOD": the relationship type Neo4j and Cypher users expect. */
    public String relationshipType() {
        return name();
    }

    public static Optional<EdgeKind> ofPredicate(Node predicate) {
        return Arrays.stream(values()).filter(k -> k.predicate.equals(predicate)).findFirst();
    }
}
