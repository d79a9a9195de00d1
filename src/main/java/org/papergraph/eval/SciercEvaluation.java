package org.papergraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.papergraph.eval.DocumentAnnotations.Entity;
import org.papergraph.eval.DocumentAnnotations.RelationTuple;
import org.papergraph.extract.SciRelation;
import org.papergraph.extract.SciSpan;
import org.papergraph.extract.ScientificExtractor;
import org.papergraph.extract.SentenceAnalysis;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
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
        return related(document, SciercText.annotate(annotator, document), document.goldSpans(), extractor::relate);
    }

    /**
     * The given spans of each sentence of a document and the relations {@code relate} finds between them,
     * on document offsets, ready to score.
     */
    public static DocumentAnnotations related(SciercDocument document, AnnotatedText text, List<List<SciSpan>> spans,
                                              BiFunction<Sentence, List<SciSpan>, List<SciRelation>> relate) {
        int[] starts = document.sentenceStarts();
        List<Entity> entities = new ArrayList<>();
        List<RelationTuple> relations = new ArrayList<>();
        for (int s = 0; s < text.sentences().size(); s++) {
            int offset = starts[s];
            spans.get(s).forEach(span -> entities.add(entity(span, offset)));
            for (SciRelation r : relate.apply(text.sentences().get(s), spans.get(s))) {
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
