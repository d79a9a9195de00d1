package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.papergraph.nlp.Sentence;

/**
 * Keeps a tentative span (one the entity tagger finds less probable than its span threshold) when the
 * relation layer relates it to a sure span with at least {@code minRelationProbability}: a mention that
 * takes part in a confident relation is likelier a mention than its tokens alone suggest. Relations
 * are kept when both their spans are.
 *
 * @param tentativeThreshold     the least probability of a tentative span; 0 switches confirmation off
 * @param minRelationProbability how probable the confirming relation's type must be
 */
public record SpanConfirmation(double tentativeThreshold, double minRelationProbability) {

    public SentenceAnalysis analyze(Sentence sentence, List<SciSpan> sure, List<SciSpan> tentative,
                                    RelationClassifier classifier) {
        List<SciSpan> candidates = candidates(sure, tentative);
        return confirm(sentence, sure, candidates, classifier.relations(sentence, candidates));
    }

    /** The sure spans and the tentative ones overlapping none of them, in sentence order. */
    static List<SciSpan> candidates(List<SciSpan> sure, List<SciSpan> tentative) {
        List<SciSpan> candidates = new ArrayList<>(sure);
        tentative.stream().filter(t -> sure.stream().noneMatch(t::overlaps)).forEach(candidates::add);
        candidates.sort(Comparator.comparingInt(SciSpan::from));
        return candidates;
    }

    /** Of the candidates and their relations, what a confident relation to a sure span confirms. */
    SentenceAnalysis confirm(Sentence sentence, List<SciSpan> sure, List<SciSpan> candidates, List<SciRelation> relations) {
        Set<SciSpan> kept = new HashSet<>(sure);
        for (SciRelation r : relations) {
            if (r.probability() >= minRelationProbability && (sure.contains(r.head()) || sure.contains(r.tail()))) {
                kept.add(r.head());
                kept.add(r.tail());
            }
        }
        return new SentenceAnalysis(sentence, candidates.stream().filter(kept::contains).toList(),
                relations.stream().filter(r -> kept.contains(r.head()) && kept.contains(r.tail())).toList());
    }
}
