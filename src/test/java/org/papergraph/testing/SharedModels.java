package org.papergraph.testing;

import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.nlp.PaperAnnotator;
import org.papergraph.nlp.TextAnnotator;

/** The CoreNLP pipeline, loaded once per test JVM (surefire runs all tests in one fork). */
public final class SharedModels {

    private static TextAnnotator annotator;

    private SharedModels() {
    }

    public static synchronized TextAnnotator annotator() {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator(NlpSettings.DEFAULT);
        }
        return annotator;
    }

    public static PaperAnnotator paperAnnotator() {
        return new PaperAnnotator(annotator());
    }
}
