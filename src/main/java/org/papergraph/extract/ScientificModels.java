package org.papergraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The trained models of the extractor. Loading takes seconds: load once per process and pass the
 * same instance to every thread.
 */
public record ScientificModels(EntityTagger tagger, RelationClassifier relations) {

    public static final String RELATION_SETTINGS = "/models/scierc-relations.properties";

    /** The shipped models. */
    public static ScientificModels load() {
        return load(ModelSource.classpath(EntityTagger.RESOURCE, "papergraph train-ner"),
                ModelSource.classpath(RelationClassifier.RESOURCE, "papergraph train-relations"), shippedNoneWeight());
    }

    public static ScientificModels load(ModelSource entities, ModelSource relations, double noneWeight) {
        return new ScientificModels(EntityTagger.load(entities), RelationClassifier.load(relations, noneWeight));
    }

    /** How much likelier than NONE a relation must be, from the shipped settings. */
    public static double shippedNoneWeight() {
        Properties settings = new Properties();
        try (InputStream in = ScientificModels.class.getResourceAsStream(RELATION_SETTINGS)) {
            if (in != null) {
                settings.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Double.parseDouble(settings.getProperty("noneWeight", "1.0"));
    }
}
