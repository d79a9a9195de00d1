package org.papergraph.concepts;

import org.papergraph.extract.ConceptClass;

/**
 * One reading of a concept in one paper, as the store keeps it in evidence: the concept's key,
 * the class this reading gave it, the canonical label, the surface text, and an acronym if one was defined.
 */
public record ConceptObservation(String key, ConceptClass type, String label, String surface, String acronym,
                                 String paperId) {
}
