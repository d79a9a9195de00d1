package org.papergraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The trained models of the extractor. Loading takes seconds: load once per process and pass the
 * same instance to every thread.
 */
public record ScientificModels(EntityTagger tagger, RelationClassifier relations, SpanConfirmation confirmation) {

    public static final String ENTITY_SETTINGS = "/models/scierc-ner.properties";
    public static final String RELATION_SETTINGS = "/models/scierc-relations.properties";
    /** The entity settings key of {@link EntityTagger}'s span threshold (read here, not by the CRF). */
    public static final String SPAN_THRESHOLD = "spanThreshold";
    /**
     * The entity settings key that says whether a boundary model is trained and mixed in (read here and
     * by the trainers, not by the CRF).
     */
    public static final String BOUNDARY_MODEL = "boundaryModel";
    /** The entity settings key of the boundary model's label encoding (IO or BIOES; read by the trainers). */
    public static final String BOUNDARY_LABELS = "boundaryLabels";

    /** The shipped models. */
    public static ScientificModels load() {
        return load(ModelSource.classpath(EntityTagger.RESOURCE, "papergraph train-ner"), shippedBoundaryModel(),
                shippedSpanThreshold(), ModelSource.classpath(RelationClassifier.RESOURCE, "papergraph train-relations"),
                shippedNoneWeight(), shippedConfirmation());
    }

    /** @param boundaries the boundary model to mix in, or null for none */
    public static ScientificModels load(ModelSource entities, ModelSource boundaries, double spanThreshold,
                                        ModelSource relations, double noneWeight, SpanConfirmation confirmation) {
        return new ScientificModels(EntityTagger.load(entities, boundaries, spanThreshold),
                RelationClassifier.load(relations, noneWeight), confirmation);
    }

    /** The shipped boundary model, or null when the shipped settings use none. */
    public static ModelSource shippedBoundaryModel() {
        return usesBoundaryModel(shipped(ENTITY_SETTINGS))
                ? ModelSource.classpath(EntityTagger.BOUNDARY_RESOURCE, "papergraph train-ner") : null;
    }

    /** Whether entity settings ask for a boundary model. */
    public static boolean usesBoundaryModel(Properties entitySettings) {
        return Boolean.parseBoolean(entitySettings.getProperty(BOUNDARY_MODEL, "false").trim());
    }

    /** How probable an entity span must be to be kept, from the shipped settings (0: the best labelling). */
    public static double shippedSpanThreshold() {
        return Double.parseDouble(shipped(ENTITY_SETTINGS).getProperty(SPAN_THRESHOLD, "0"));
    }

    /** How much likelier than NONE a relation must be, from the shipped settings. */
    public static double shippedNoneWeight() {
        return Double.parseDouble(shipped(RELATION_SETTINGS).getProperty("noneWeight", "1.0"));
    }

    /** Which tentative spans a confident relation confirms, from the shipped settings (off if unset). */
    public static SpanConfirmation shippedConfirmation() {
        Properties settings = shipped(RELATION_SETTINGS);
        return new SpanConfirmation(Double.parseDouble(settings.getProperty("tentativeSpanThreshold", "0")),
                Double.parseDouble(settings.getProperty("confirmingProbability", "1")));
    }

    private static Properties shipped(String resource) {
        Properties settings = new Properties();
        try (InputStream in = ScientificModels.class.getResourceAsStream(resource)) {
            if (in != null) {
                settings.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }
}
