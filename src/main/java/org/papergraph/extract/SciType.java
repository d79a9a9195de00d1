package org.papergraph.extract;

import java.util.Arrays;
import java.util.Optional;

/**
 * SciERC's six scientific-entity types, as the trained tagger labels spans. Only four of them name a
 * concept of the graph: Material covers datasets and corpora, so it becomes a dataset; generic words
 * ("the method") and other scientific terms stay out of the graph.
 */
public enum SciType {
    TASK("Task", ConceptClass.TASK),
    METHOD("Method", ConceptClass.METHOD),
    METRIC("Metric", ConceptClass.METRIC),
    MATERIAL("Material", ConceptClass.DATASET),
    OTHER_SCIENTIFIC_TERM("OtherScientificTerm", null),
    GENERIC("Generic", null);

    private final String label;
    private final ConceptClass conceptClass;

    SciType(String label, ConceptClass conceptClass) {
        this.label = label;
        this.conceptClass = conceptClass;
    }

    /** The label SciERC writes and the tagger predicts. */
    public String label() {
        return label;
    }

    public Optional<ConceptClass> conceptClass() {
        return Optional.ofNullable(conceptClass);
    }

    public static Optional<SciType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
