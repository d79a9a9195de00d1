package org.papergraph.extract;

/** A relation the relation layer found between two spans of one sentence, with the model's probability. */
public record SciRelation(SciSpan head, SciSpan tail, SciRelationType type, double probability) {
}
