package org.papergraph.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HeldOutSpansTest {

    @Test
    void everyDocumentIsLeftOutOfExactlyOneFoldsTrainingPartItsOwn() {
        List<Integer> documents = IntStream.range(0, 12).boxed().toList();
        int folds = 5;
        int[] foldOf = HeldOutSpans.folds(documents.size(), folds, 1);
        for (int document : documents) {
            int leftOutOf = 0;
            for (int fold = 0; fold < folds; fold++) {
                List<Integer> part = HeldOutSpans.trainingPart(documents, foldOf, fold);
                if (!part.contains(document)) {
                    leftOutOf++;
                    assertEquals(document % folds, fold, "document " + document + " is tagged by the CRF of its own fold");
                }
            }
            assertEquals(1, leftOutOf, "document " + document);
        }
        List<Integer> first = HeldOutSpans.trainingPart(documents, foldOf, 0);
        assertEquals(List.of(1, 2, 3, 4, 6, 7, 8, 9, 11), first);
        assertFalse(first.contains(5));
    }

    @Test
    void laterDrawsDealTheDocumentsToOtherFoldsOfTheSameSizes() {
        int folds = 5;
        int[] first = HeldOutSpans.folds(350, folds, 1);
        int[] second = HeldOutSpans.folds(350, folds, 2);
        assertArrayEquals(second, HeldOutSpans.folds(350, folds, 2), "a draw is reproducible");
        int moved = 0;
        int[] sizes = new int[folds];
        for (int i = 0; i < first.length; i++) {
            moved += first[i] != second[i] ? 1 : 0;
            sizes[second[i]]++;
        }
        assertArrayEquals(new int[] {70, 70, 70, 70, 70}, sizes);
        assertTrue(moved > 200, "most documents change fold: " + moved);
    }
}
