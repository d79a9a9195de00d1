package org.papergraph.extract;

/** The relations of the core vocabulary, from a paper or a method to a concept. */
public enum RelationType {
    PROPOSES("proposes"),
    USES_METHOD("usesMethod"),
    ADDRESSES_TASK("addressesTask"),
    USES_DATASET("usesDataset"),
    USES_METRIC("usesMetric"),
    /** Concept to a more general concept (skos:broader), from patterns such as "Y such as X". */
    BROADER("broader");

    private final String localName;

    RelationType(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    /** The relation a paper has to a concept of the given class that it uses. */
    public static RelationType usesFor(ConceptClass type) {
        return switch (type) {
            case METHOD -> USES_METHOD;
            case TASK -> ADDRESSES_TASK;
            case DATASET -> USES_DATASET;
            case METRIC -> USES_METRIC;
        };
    }

    /** True for the relations a paper has to what it proposes or uses (not concept-to-concept ones). */
    public boolean paperLevel() {
        return this != BROADER;
    }
}
