/**
 * Extract: finds mentions of methods, tasks, datasets and metrics in an annotated paper, and the
 * relations of the vocabulary between the paper and them (proposes, uses, addresses, evaluates with).
 *
 * <p>In: an {@link org.papergraph.nlp.AnnotatedPaper}. Out: an {@link org.papergraph.extract.Extraction}
 * whose every relation points at the mention (and so the sentence and character span) that supports it.
 * {@link org.papergraph.extract.Extractor} is the stage boundary.
 *
 * <p>The production extractor is {@link org.papergraph.extract.ScientificExtractor}: a SciERC-trained
 * CRF tags scientific entities, span rules correct it, a linear classifier relates entities of one
 * sentence (mapped onto the vocabulary by {@link org.papergraph.extract.VocabularyMapping}), and the
 * rule-based layer ({@link org.papergraph.extract.RuleBasedExtractor}, method families) decides what
 * the paper itself proposes and uses. Models load once per process ({@link org.papergraph.extract.ScientificModels}).
 */
package org.papergraph.extract;
