package org.papergraph.nlp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Annotates each distinct text (or token list) once and remembers the result; CoreNLP is deterministic,
 * so the answers are the same. For work that meets the same small corpus many times, such as
 * {@code train-relations} with its held-out folds, and for tests; it holds every result, so not for
 * {@code build}.
 */
public final class MemoizedAnnotator implements TextAnnotator {

    private final TextAnnotator annotator;
    private final Map<String, AnnotatedText> texts = new ConcurrentHashMap<>();
    private final Map<List<List<String>>, AnnotatedText> tokenized = new ConcurrentHashMap<>();

    public MemoizedAnnotator(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public AnnotatedText annotate(String text) {
        return texts.computeIfAbsent(text, annotator::annotate);
    }

    @Override
    public AnnotatedText annotateTokens(List<List<String>> sentences) {
        return tokenized.computeIfAbsent(sentences, annotator::annotateTokens);
    }
}
