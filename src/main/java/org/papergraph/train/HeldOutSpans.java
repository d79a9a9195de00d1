package org.papergraph.train;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.papergraph.eval.SciercDocument;
import org.papergraph.eval.SciercText;
import org.papergraph.extract.EntityTagger;
import org.papergraph.extract.SciSpan;
import org.papergraph.extract.ScientificModels;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.TextAnnotator;

/**
 * The entity spans the tagger finds in each training document when it has not been trained on that
 * document (k-fold jackknife): the documents are dealt to k folds ({@link #folds}), and each fold is
 * tagged by an entity CRF trained on the other folds (and its boundary model, where the settings use
 * one), with the given entity settings and span threshold. The relation classifier learns from these spans
 * as well as the gold ones, so it sees the near-miss boundaries and spurious mentions it meets on new
 * text instead of only perfect mentions.
 */
public final class HeldOutSpans {

    private final NerTrainer trainer;
    private final TextAnnotator annotator;

    public HeldOutSpans(NerTrainer trainer, TextAnnotator annotator) {
        this.trainer = trainer;
        this.annotator = annotator;
    }

    /**
     * @param draw        which dealing of the documents to the folds ({@link #folds})
     * @param foldStarted told the number (1 to folds) of each fold before its CRF is trained
     * @return per document (in the order given), per sentence, the predicted spans
     */
    public List<List<List<SciSpan>>> predict(List<SciercDocument> documents, int folds, int draw,
                                             Properties nerSettings, double spanThreshold, IntConsumer foldStarted)
            throws IOException {
        int[] foldOf = folds(documents.size(), folds, draw);
        List<List<List<SciSpan>>> spans = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            spans.add(null);
        }
        for (int fold = 0; fold < folds; fold++) {
            foldStarted.accept(fold + 1);
            List<SciercDocument> part = trainingPart(documents, foldOf, fold);
            CRFClassifier<CoreLabel> crf = trainer.train(part, nerSettings);
            CRFClassifier<CoreLabel> boundaries = ScientificModels.usesBoundaryModel(nerSettings)
                    ? trainer.trainBoundaries(part, nerSettings) : null;
            EntityTagger tagger = new EntityTagger(crf, boundaries, spanThreshold);
            for (int i = 0; i < documents.size(); i++) {
                if (foldOf[i] == fold) {
                    spans.set(i, tag(tagger, documents.get(i)));
                }
            }
        }
        return spans;
    }

    /** Per sentence of the document, the spans the tagger finds. */
    private List<List<SciSpan>> tag(EntityTagger tagger, SciercDocument document) {
        AnnotatedText text = SciercText.annotate(annotator, document);
        List<List<SciSpan>> bySentence = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            bySentence.add(tagger.tag(sentence));
        }
        return bySentence;
    }

    /**
     * Each document's fold in a draw: draw 1 deals document i to fold i mod k; draw d > 1 deals the
     * documents in an order shuffled with seed d, so each draw's taggers learn from other documents.
     */
    static int[] folds(int documents, int folds, int draw) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, documents).boxed().toList());
        if (draw > 1) {
            Collections.shuffle(order, new Random(draw));
        }
        int[] foldOf = new int[documents];
        for (int position = 0; position < documents; position++) {
            foldOf[order.get(position)] = position % folds;
        }
        return foldOf;
    }

    /** The documents the CRF for {@code fold} is trained on: all but those of the fold. */
    static <T> List<T> trainingPart(List<T> documents, int[] foldOf, int fold) {
        List<T> part = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (foldOf[i] != fold) {
                part.add(documents.get(i));
            }
        }
        return part;
    }
}
