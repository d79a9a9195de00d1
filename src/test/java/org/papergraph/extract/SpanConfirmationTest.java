package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.Sentence;

/** Which tentative spans a relation confirms, and which relations stay. */
class SpanConfirmationTest {

    private static final Sentence SENTENCE = Sentences.of(
            "We/PRP apply/VBP beam/NN search/NN to/TO parsing/NN and/CC tagging/NN with/IN a/DT lexicon/NN of/IN words/NNS");
    private static final SciSpan BEAM_SEARCH = new SciSpan(2, 4, SciType.METHOD);
    private static final SciSpan PARSING = new SciSpan(5, 6, SciType.TASK);
    private static final SciSpan TAGGING = new SciSpan(7, 8, SciType.TASK);
    private static final SciSpan LEXICON = new SciSpan(10, 11, SciType.MATERIAL);
    private static final SciSpan WORDS = new SciSpan(12, 13, SciType.OTHER_SCIENTIFIC_TERM);
    private static final SpanConfirmation CONFIRMATION = new SpanConfirmation(0.15, 0.5);

    @Test
    void aConfidentRelationToASureSpanConfirmsATentativeOne() {
        SciRelation used = new SciRelation(BEAM_SEARCH, PARSING, SciRelationType.USED_FOR, 0.8);
        SentenceAnalysis analysis = CONFIRMATION.confirm(SENTENCE, List.of(BEAM_SEARCH),
                List.of(BEAM_SEARCH, PARSING), List.of(used));
        assertEquals(List.of(BEAM_SEARCH, PARSING), analysis.spans());
        assertEquals(List.of(used), analysis.relations());
    }

    @Test
    void aWeakRelationOrOneBetweenTentativeSpansConfirmsNothing() {
        SciRelation weak = new SciRelation(BEAM_SEARCH, TAGGING, SciRelationType.USED_FOR, 0.3);
        SciRelation amongTentative = new SciRelation(WORDS, LEXICON, SciRelationType.PART_OF, 0.9);
        SentenceAnalysis analysis = CONFIRMATION.confirm(SENTENCE, List.of(BEAM_SEARCH),
                List.of(BEAM_SEARCH, TAGGING, LEXICON, WORDS), List.of(weak, amongTentative));
        assertEquals(List.of(BEAM_SEARCH), analysis.spans());
        assertEquals(List.of(), analysis.relations(), "a relation stays only when both its spans do");
    }

    @Test
    void onceConfirmedATentativeSpanKeepsItsOtherRelationsToKeptSpans() {
        SciRelation used = new SciRelation(BEAM_SEARCH, PARSING, SciRelationType.USED_FOR, 0.7);
        SciRelation conjunction = new SciRelation(PARSING, TAGGING, SciRelationType.CONJUNCTION, 0.2);
        SciRelation usedToo = new SciRelation(BEAM_SEARCH, TAGGING, SciRelationType.USED_FOR, 0.6);
        SentenceAnalysis analysis = CONFIRMATION.confirm(SENTENCE, List.of(BEAM_SEARCH),
                List.of(BEAM_SEARCH, PARSING, TAGGING), List.of(used, conjunction, usedToo));
        assertEquals(List.of(BEAM_SEARCH, PARSING, TAGGING), analysis.spans());
        assertEquals(List.of(used, conjunction, usedToo), analysis.relations());
    }

    @Test
    void tentativeSpansOverlappingASureOneAreNotCandidates() {
        SciSpan search = new SciSpan(3, 4, SciType.METHOD);
        assertEquals(List.of(BEAM_SEARCH, PARSING),
                SpanConfirmation.candidates(List.of(BEAM_SEARCH), List.of(PARSING, search)));
    }
}
