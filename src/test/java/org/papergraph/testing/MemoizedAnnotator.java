package org.papergraph.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.TextAnnotator;

/** Annotates each distinct text once; for tests that build the same records many times. */
final class MemoizedAnnotator implements TextAnnotator {

    private final TextAnnotator annotator;
    private final Map<String, AnnotatedText> texts = new ConcurrentHashMap<>();

    MemoizedAnnotator(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public AnnotatedText annotate(String text) {
        return texts.computeIfAbsent(text, annotator::annotate);
    }

    @Override
    public AnnotatedText annotateTokens(List<List<String>> sentences) {
        return annotator.annotateTokens(sentences);
    }
}
