package org.papergraph.testing;

import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.nlp.PaperAnnotator;
import org.papergraph.nlp.TextAnnotator;

/** The CoreNLP pipeline, loaded once per test JVM (surefire runs all tests in one fork). */
public final class SharedModels {

    private static TextAnnotator annotator;
    private static TextAnnotator memoized;

    private SharedModels() {
    }

    public static synchronized TextAnnotator annotator() {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator(NlpSettings.DEFAULT);
        }
        return annotator;
    }

    /**
     * The shared pipeline, remembering what it annotated: tests that build many variants of the same
     * records (bad-input fuzzing) annotate each distinct text once. CoreNLP is deterministic, so the
     * answers are the same.
     */
    public static synchronized TextAnnotator memoizedAnnotator() {
        if (memoized == null) {
            memoized = new MemoizedAnnotator(annotator());
        }
        return memoized;
    }

    public static PaperAnnotator paperAnnotator() {
        return new PaperAnnotator(annotator());
    }
}
