package org.papergraph.cli;

import org.papergraph.extract.Extractor;
import org.papergraph.extract.ScientificExtractor;
import org.papergraph.extract.ScientificModels;
import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.nlp.TextAnnotator;

/**
 * What {@code build} runs: the shared annotation pipeline and the production extractor. Loading takes
 * seconds, so a process loads them once ({@link #load}); tests hand in models they already hold. The
 * benchmark loads the same, so it measures exactly what a build runs.
 */
public record BuildModels(TextAnnotator annotator, Extractor extractor) {

    public static BuildModels load() {
        return new BuildModels(new CoreNlpAnnotator(NlpSettings.DEFAULT), new ScientificExtractor(ScientificModels.load()));
    }
}
