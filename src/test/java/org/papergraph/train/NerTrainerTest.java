package org.papergraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.eval.SciercDocument;
import org.papergraph.eval.SciercDocument.GoldEntity;
import org.papergraph.extract.EntityTagger;
import org.papergraph.extract.ScientificModels;
import org.papergraph.testing.SharedModels;

/** The typed entity CRF and its boundary model, trained on two hand-made documents with the shipped settings. */
class NerTrainerTest {

    private static CRFClassifier<CoreLabel> typed;
    private static CRFClassifier<CoreLabel> boundaries;

    private static final List<SciercDocument> DOCUMENTS = List.of(
            new SciercDocument("a", List.of(List.of("We", "use", "neural", "parsing", "for", "translation", ".")),
                    List.of(new GoldEntity(0, 2, 3, "Method"), new GoldEntity(0, 5, 5, "Task")), List.of()),
            new SciercDocument("b", List.of(List.of("BLEU", "measures", "translation", "on", "WMT", ".")),
                    List.of(new GoldEntity(0, 0, 0, "Metric"), new GoldEntity(0, 2, 2, "Task"),
                            new GoldEntity(0, 4, 4, "Material")), List.of()));

    @BeforeAll
    static void train() throws Exception {
        Properties settings = quickSettings();
        NerTrainer trainer = new NerTrainer(SharedModels.annotator());
        typed = trainer.train(DOCUMENTS, settings);
        boundaries = trainer.trainBoundaries(DOCUMENTS, settings);
    }

    /** The shipped settings with few iterations: these tests check labels and features, not accuracy. */
    private static Properties quickSettings() throws Exception {
        Properties settings = TrainingSettings.load(null, ScientificModels.ENTITY_SETTINGS);
        settings.setProperty("maxIterations", "5");
        return settings;
    }

    @Test
    void theTypedModelLearnsTheTypesAndTheBoundaryModelOneMentionLabelForThemAll() throws Exception {
        assertEquals(Set.of("O", "Method", "Task", "Metric", "Material"), labels(typed));
        // The shipped settings ask for BIOES labels; no mention here has three tokens, so there is no I-.
        assertEquals(Set.of("O", "B-" + EntityTagger.MENTION, "E-" + EntityTagger.MENTION, "S-" + EntityTagger.MENTION),
                labels(boundaries));
        Properties io = quickSettings();
        io.setProperty(ScientificModels.BOUNDARY_LABELS, "IO");
        assertEquals(Set.of("O", EntityTagger.MENTION), labels(new NerTrainer(SharedModels.annotator()).trainBoundaries(DOCUMENTS, io)));
    }

    @Test
    void theShippedSettingsUseABoundaryModelAndTheTaggerOnlyTakesOneWithTheMentionLabel() throws Exception {
        assertEquals(true, ScientificModels.usesBoundaryModel(TrainingSettings.load(null, ScientificModels.ENTITY_SETTINGS)));
        assertThrows(IllegalArgumentException.class, () -> new EntityTagger(typed, typed, 0.3));
    }

    @Test
    void modelsTrainedOnTheSameTextWithTheSameSettingsShareTheirFeatureComputation() throws Exception {
        assertTrue(new EntityTagger(typed, boundaries, 0.3).sharesFeatures());
        assertTrue(SharedModels.scientificModels().tagger().sharesFeatures());
        // The shipped boundary model was trained on all of SciERC train, so it numbers features otherwise.
        try (InputStream in = new GZIPInputStream(EntityTagger.class.getResourceAsStream(EntityTagger.BOUNDARY_RESOURCE))) {
            CRFClassifier<CoreLabel> shipped = CRFClassifier.getClassifier(in);
            assertFalse(new EntityTagger(typed, shipped, 0.3).sharesFeatures());
        }
    }

    private static Set<String> labels(CRFClassifier<CoreLabel> crf) {
        return new TreeSet<>(crf.classIndex.objectsList());
    }
}
