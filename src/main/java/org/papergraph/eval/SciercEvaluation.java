package org.papergraph.eval;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.eval.DocumentAnnotations.Entity;
import org.papergraph.eval.DocumentAnnotations.RelationTuple;
import org.papergraph.extract.SciRelation;
import org.papergraph.extract.SciSpan;
import org.papergraph.extract.SciType;
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
        return evaluate(documents, false);
    }

    /** @param goldEntities relate the gold mentions instead of the predicted ones (measures the relation layer alone) */
    public SciercScores evaluate(List<SciercDocument> documents, boolean goldEntities) {
        SciercScorer scorer = new SciercScorer();
        for (SciercDocument document : documents) {
            scorer.add(DocumentAnnotations.gold(document), goldEntities ? relateGold(document) : predict(document));
        }
        return scorer.scores();
    }

    private DocumentAnnotations relateGold(SciercDocument document) {
        AnnotatedText text = SciercText.annotate(annotator, document);
        int[] starts = document.sentenceStarts();
        List<Entity> entities = new ArrayList<>();
        List<RelationTuple> relations = new ArrayList<>();
        for (int s = 0; s < text.sentences().size(); s++) {
            int offset = starts[s];
            List<SciSpan> spans = new ArrayList<>();
            for (SciercDocument.GoldEntity e : document.entities()) {
                if (e.sentence() == s) {
                    SciType.fromLabel(e.type()).ifPresent(t -> spans.add(new SciSpan(e.start() - offset, e.end() - offset + 1, t)));
                }
            }
            spans.forEach(span -> entities.add(entity(span, offset)));
            for (SciRelation r : extractor.relate(text.sentences().get(s), spans)) {
                relations.add(new RelationTuple(entity(r.head(), offset), entity(r.tail(), offset), r.type().label()));
            }
        }
        return new DocumentAnnotations(entities, relations);
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
