package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pins the documented mapping of SciERC relations onto the vocabulary. */
class VocabularyMappingTest {

    private static final SciSpan METHOD = new SciSpan(0, 2, SciType.METHOD);
    private static final SciSpan OTHER_METHOD = new SciSpan(5, 6, SciType.METHOD);
    private static final SciSpan TASK = new SciSpan(3, 4, SciType.TASK);
    private static final SciSpan MATERIAL = new SciSpan(7, 8, SciType.MATERIAL);
    private static final SciSpan METRIC = new SciSpan(9, 10, SciType.METRIC);

    private static VocabularyMapping.Mapped map(SciSpan head, SciRelationType type, SciSpan tail) {
        return VocabularyMapping.map(new SciRelation(head, tail, type, 0.9)).orElseThrow();
    }

    @Test
    void usedForMapsByArgumentTypesAndTheUserIsTheTail() {
        assertEquals(new VocabularyMapping.Mapped(METHOD, VocabularyMapping.Target.ADDRESSES_TASK, TASK),
                map(METHOD, SciRelationType.USED_FOR, TASK));
        assertEquals(new VocabularyMapping.Mapped(OTHER_METHOD, VocabularyMapping.Target.USES_METHOD, METHOD),
                map(METHOD, SciRelationType.USED_FOR, OTHER_METHOD));
        assertEquals(new VocabularyMapping.Mapped(METHOD, VocabularyMapping.Target.USES_DATASET, MATERIAL),
                map(MATERIAL, SciRelationType.USED_FOR, METHOD));
    }

    @Test
    void evaluateForAndHyponymOf() {
        assertEquals(new VocabularyMapping.Mapped(TASK, VocabularyMapping.Target.USES_METRIC, METRIC),
                map(METRIC, SciRelationType.EVALUATE_FOR, TASK));
        assertEquals(VocabularyMapping.Target.BROADER, map(METHOD, SciRelationType.HYPONYM_OF, OTHER_METHOD).predicate());
        assertTrue(VocabularyMapping.Target.BROADER.relationType().isEmpty());
    }

    @Test
    void otherTypesAndPairsMapToNothing() {
        assertTrue(VocabularyMapping.map(new SciRelation(METHOD, OTHER_METHOD, SciRelationType.CONJUNCTION, 0.9)).isEmpty());
        assertTrue(VocabularyMapping.map(new SciRelation(TASK, METHOD, SciRelationType.USED_FOR, 0.9)).isEmpty());
        assertTrue(VocabularyMapping.map(new SciRelation(METHOD, new SciSpan(4, 5, SciType.GENERIC),
                SciRelationType.HYPONYM_OF, 0.9)).isEmpty());
    }
}
