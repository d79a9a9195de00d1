/**
 * NLP: one shared CoreNLP pipeline turns text into sentences of tokens with part of speech and lemma.
 *
 * <p>In: a string (an abstract, a title) or pre-tokenized sentences (SciERC). Out: an immutable
 * {@link org.papergraph.nlp.AnnotatedText}, so the extractors never touch CoreNLP types and can be
 * tested on hand-made input. The pipeline is costly to load: make one per process and share it.
 */
package org.papergraph.nlp;
