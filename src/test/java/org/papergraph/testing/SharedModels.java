package org.papergraph.testing;

import org.papergraph.extract.ScientificExtractor;
import org.papergraph.extract.ScientificModels;
import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.nlp.PaperAnnotator;
import org.papergraph.nlp.TextAnnotator;

/** The CoreNLP pipeline and the trained extraction models, loaded once per test JVM (surefire runs all tests in one fork). */
public final class SharedModels {

    private static TextAnnotator annotator;
    private static ScientificModels scientificModels;

    private SharedModels() {
    }

    public static synchronized TextAnnotator annotator() {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator(NlpSettings.DEFAULT);
        }
        return annotator;
    }

    /** The trained entity and relation models (the shipped ones; never trained in tests). */
    public static synchronized ScientificModels scientificModels() {
        if (scientificModels == null) {
            scientificModels = ScientificModels.load();
        }
        return scientificModels;
    }

    /** The production extractor on the shared models. */
    public static ScientificExtractor extractor() {
        return new ScientificExtractor(scientificModels());
    }

    public static PaperAnnotator paperAnnotator() {
        return new PaperAnnotator(annotator());
    }
}
