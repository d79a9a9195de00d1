package org.papergraph.extract;

import java.util.List;
import org.papergraph.nlp.Sentence;

/** What the scientific-entity layer found in one sentence: typed spans and the relations between them. */
public record SentenceAnalysis(Sentence sentence, List<SciSpan> spans, List<SciRelation> relations) {

    public SentenceAnalysis {
        spans = List.copyOf(spans);
        relations = List.copyOf(relations);
    }
}
