package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding the CRF's label sequence into spans, for IO and IOB2 models alike. */
class EntityTaggerTest {

    @Test
    void ioLabelsMakeOneSpanPerRunOfOneType() {
        assertEquals(List.of(new SciSpan(0, 2, SciType.METHOD), new SciSpan(2, 3, SciType.TASK)),
                EntityTagger.spans(List.of("Method", "Method", "Task", "O")));
    }

    @Test
    void aBeginLabelSeparatesAdjacentSpansOfOneType() {
        assertEquals(List.of(new SciSpan(1, 3, SciType.METHOD), new SciSpan(3, 4, SciType.METHOD),
                        new SciSpan(5, 6, SciType.MATERIAL)),
                EntityTagger.spans(List.of("O", "B-Method", "I-Method", "B-Method", "O", "B-Material")));
    }

    @Test
    void anInsideLabelWithoutABeginStillStartsASpan() {
        assertEquals(List.of(new SciSpan(0, 1, SciType.TASK), new SciSpan(1, 3, SciType.METRIC)),
                EntityTagger.spans(List.of("I-Task", "I-Metric", "I-Metric")));
    }
}
