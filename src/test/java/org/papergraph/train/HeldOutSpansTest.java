package org.papergraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HeldOutSpansTest {

    @Test
    void everyDocumentIsLeftOutOfExactlyOneFoldsTrainingPartItsOwn() {
        List<Integer> documents = IntStream.range(0, 12).boxed().toList();
        int folds = 5;
        for (int document : documents) {
            int leftOutOf = 0;
            for (int fold = 0; fold < folds; fold++) {
                List<Integer> part = HeldOutSpans.trainingPart(documents, fold, folds);
                if (!part.contains(document)) {
                    leftOutOf++;
                    assertEquals(document % folds, fold, "document " + document + " is tagged by the CRF of its own fold");
                }
            }
            assertEquals(1, leftOutOf, "document " + document);
        }
        List<Integer> first = HeldOutSpans.trainingPart(documents, 0, folds);
        assertEquals(List.of(1, 2, 3, 4, 6, 7, 8, 9, 11), first);
        assertFalse(first.contains(5));
    }
}
