package org.papergraph.cli;

import org.papergraph.extract.Extractor;
import org.papergraph.extract.ScientificExtractor;
import org.papergraph.extract.ScientificModels;
import org.papergraph.nlp.CoreNlpAnnotator;
import org.papergraph.nlp.NlpSettings;
import org.papergraph.nlp.PaperAnnotator;

/**
 * The annotator and extractor that {@code build} runs, in one place so that the benchmark measures
 * exactly what a build runs. Each call loads models: call once per process and share the result.
 */
public final class ProductionModels {

    private ProductionModels() {
    }

    public static PaperAnnotator annotator() {
        return new PaperAnnotator(new CoreNlpAnnotator(NlpSettings.DEFAULT));
    }

    public static Extractor extractor() {
        return new ScientificExtractor(ScientificModels.load());
    }
}
