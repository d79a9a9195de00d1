package org.papergraph.train;

import java.util.List;
import java.util.function.IntConsumer;
import org.papergraph.eval.DocumentAnnotations;
import org.papergraph.eval.SciercDocument;
import org.papergraph.eval.SciercEvaluation;
import org.papergraph.eval.SciercScorer;
import org.papergraph.eval.SciercScores;
import org.papergraph.eval.SciercText;
import org.papergraph.extract.RelationClassifier;
import org.papergraph.extract.SciSpan;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.TextAnnotator;

/**
 * K-fold cross-validation of the relation classifier on the training file: each fold's documents are
 * related by a classifier trained on the other folds, once on their held-out entity spans (as on new
 * text, without relation-confirmed spans) and once on their gold mentions. Scored on all 350 training
 * documents, a relation setting is judged on seven times as many relations as the 50 of SciERC dev.
 */
public final class RelationCrossValidation {

    /** The scores on the held-out entity spans and on the gold mentions. */
    public record Result(SciercScores heldOutSpans, SciercScores goldMentions) {
    }

    private final RelationTrainer trainer;
    private final TextAnnotator annotator;

    public RelationCrossValidation(TextAnnotator annotator) {
        this.trainer = new RelationTrainer(annotator);
        this.annotator = annotator;
    }

    /**
     * @param predicted   per document, per sentence, its held-out entity spans
     * @param draw        how the documents are dealt to the folds, as for the held-out spans ({@link HeldOutSpans#folds})
     * @param foldStarted told the number (1 to folds) of each fold before its classifier is trained
     */
    public Result run(List<SciercDocument> documents, List<List<List<SciSpan>>> predicted, int folds, int draw,
                      double sigma, double noneWeight, IntConsumer foldStarted) {
        int[] foldOf = HeldOutSpans.folds(documents.size(), folds, draw);
        SciercScorer onPredicted = new SciercScorer();
        SciercScorer onGold = new SciercScorer();
        for (int fold = 0; fold < folds; fold++) {
            foldStarted.accept(fold + 1);
            RelationClassifier classifier = new RelationClassifier(trainer.train(
                    HeldOutSpans.trainingPart(documents, foldOf, fold), HeldOutSpans.trainingPart(predicted, foldOf, fold),
                    sigma), noneWeight);
            for (int i = 0; i < documents.size(); i++) {
                if (foldOf[i] != fold) {
                    continue;
                }
                SciercDocument document = documents.get(i);
                AnnotatedText text = SciercText.annotate(annotator, document);
                DocumentAnnotations gold = DocumentAnnotations.gold(document);
                onPredicted.add(gold, SciercEvaluation.related(document, text, predicted.get(i), classifier::relations));
                onGold.add(gold, SciercEvaluation.related(document, text, document.goldSpans(), classifier::relations));
            }
        }
        return new Result(onPredicted.scores(), onGold.scores());
    }
}
