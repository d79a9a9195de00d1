package org.papergraph.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompactionPolicyTest {

    private static final long GB = 1L << 30;

    @Test
    void autoWaitsForOneGigabyteOfGrowthOnASmallDatabase() {
        assertFalse(CompactionPolicy.AUTO.due(200L << 20, GB));
        assertTrue(CompactionPolicy.AUTO.due(200L << 20, (200L << 20) + GB));
    }

    @Test
    void autoWaitsForALargeDatabaseToDouble() {
        assertFalse(CompactionPolicy.AUTO.due(5 * GB, 9 * GB));
        assertTrue(CompactionPolicy.AUTO.due(5 * GB, 10 * GB));
    }

    @Test
    void aFixedGrowthIgnoresTheSize() {
        CompactionPolicy everyHundredMegabytes = CompactionPolicy.afterGrowth(100L << 20);
        assertTrue(everyHundredMegabytes.due(5 * GB, 5 * GB + (100L << 20)));
        assertFalse(everyHundredMegabytes.due(5 * GB, 5 * GB + (99L << 20)));
    }

    @Test
    void neverIsNeverDue() {
        assertFalse(CompactionPolicy.NEVER.due(0, Long.MAX_VALUE - 1));
        assertFalse(CompactionPolicy.NEVER.due(10 * GB, 1000 * GB));
    }

    @Test
    void aNegativeGrowthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CompactionPolicy.afterGrowth(-1));
    }
}
