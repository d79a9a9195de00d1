package org.papergraph.nlp;

import org.papergraph.ingest.Paper;

/** A paper with its title and abstract annotated, the input of every extractor. */
public record AnnotatedPaper(Paper paper, AnnotatedText title, AnnotatedText abstractText) {
}
