package org.papergraph.nlp;

import java.util.List;

/** Sentence splitting, tokenization, part of speech and lemmas. Implementations are thread-safe. */
public interface TextAnnotator {

    AnnotatedText annotate(String text);

    /** Annotates text that is already split into sentences of tokens (kept exactly as given). */
    AnnotatedText annotateTokens(List<List<String>> sentences);
}
