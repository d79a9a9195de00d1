/**
 * Concepts: one concept, one node. Turns mentions into canonical concepts (labels, acronyms, aliases)
 * and derives the concept records of the whole corpus (one class per concept, broader concepts).
 *
 * <p>In: an {@link org.papergraph.extract.Extraction} (per paper), and {@link org.papergraph.concepts.ConceptObservation}s
 * read back from the store (corpus-wide). Out: a {@link org.papergraph.concepts.LinkedExtraction}, and
 * {@link org.papergraph.concepts.ConceptRecord}s for the concepts graph.
 */
package org.papergraph.concepts;
