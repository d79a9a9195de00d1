/**
 * Extract: finds mentions of methods, tasks, datasets and metrics in an annotated paper, and the
 * relations of the vocabulary between the paper and them (proposes, uses, addresses, evaluates with).
 *
 * <p>In: an {@link org.papergraph.nlp.AnnotatedPaper}. Out: an {@link org.papergraph.extract.Extraction}
 * whose every relation points at the mention (and so the sentence and character span) that supports it.
 * {@link org.papergraph.extract.Extractor} is the stage boundary: another extractor (a trained tagger)
 * replaces the rule-based one without touching the rest.
 */
package org.papergraph.extract;
