package org.papergraph.eval;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.eval.DocumentAnnotations.Entity;
import org.papergraph.eval.DocumentAnnotations.RelationTuple;
import org.papergraph.extract.SciRelation;
import org.papergraph.extract.SciSpan;
import org.papergraph.extract.ScientificExtractor;
import org.papergraph.extract.SentenceAnalysis;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.TextAnnotator;

/** Runs the production extractor on SciERC's own tokens and scores it against the gold annotation. */
public final class SciercEvaluation {

    private final TextAnnotator annotator;
    private final ScientificExtractor extractor;

    public SciercEvaluation(TextAnnotator annotator, ScientificExtractor extractor) {
        this.annotator = annotator;
        this.extractor = extractor;
    }

    public SciercScores evaluate(List<SciercDocument> documents) {
        SciercScorer scorer = new SciercScorer();
        for (SciercDocument document : documents) {
            scorer.add(DocumentAnnotations.gold(document), predict(document));
        }
        return scorer.scores();
    }

    public DocumentAnnotations predict(SciercDocument document) {
        AnnotatedText text = SciercText.annotate(annotator, document);
        int[] starts = document.sentenceStarts();
        List<Entity> entities = new ArrayList<>();
        List<RelationTuple> relations = new ArrayList<>();
        List<SentenceAnalysis> analyses = extractor.analyze(text);
        for (int s = 0; s < analyses.size(); s++) {
            int offset = starts[s];
            for (SciSpan span : analyses.get(s).spans()) {
                entities.add(entity(span, offset));
            }
            for (SciRelation r : analyses.get(s).relations()) {
                relations.add(new RelationTuple(entity(r.head(), offset), entity(r.tail(), offset), r.type().label()));
            }
        }
        return new DocumentAnnotations(entities, relations);
    }

    private static Entity entity(SciSpan span, int offset) {
        return new Entity(offset + span.from(), offset + span.to() - 1, span.type().label());
    }
}
