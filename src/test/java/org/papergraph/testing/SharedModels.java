package org.papergraph.testing;

import org.papergraph.cli.BuildModels;
import org.papergraph.extract.ScientificExtractor;
import org.papergraph.extract.ScientificModels;
import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.MemoizedAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.nlp.PaperAnnotator;
import org.papergraph.nlp.TextAnnotator;

/** The CoreNLP pipeline and the trained extraction models, loaded once per test JVM (surefire runs all tests in one fork). */
public final class SharedModels {

    private static TextAnnotator annotator;
    private static ScientificModels scientificModels;
    private static TextAnnotator memoized;

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

    /** What a build needs, on the shared models: for running the CLI's build in-process. */
    public static BuildModels buildModels() {
        return new BuildModels(memoizedAnnotator(), extractor());
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
