package org.papergraph.build;

/**
 * When a build stops to compact the database. TDB2 writes copy-on-write: every B+tree block a write
 * transaction changes is copied, and the old copy stays on disk until the database is compacted. A long
 * build therefore leaves several times its live data behind (a 100k-paper build reached 50 GB by 49k
 * papers). Compacting whenever the database has grown by at least {@code minGrowthBytes} since it was
 * last compacted, and, with {@code atLeastLiveSize}, by at least as much as it held then, bounds disk use
 * to about three times the live data, and the copying to about twice the final size in all.
 *
 * @param minGrowthBytes  growth on disk since the last compaction that makes one due
 * @param atLeastLiveSize also wait until the database has doubled since the last compaction
 */
public record CompactionPolicy(long minGrowthBytes, boolean atLeastLiveSize) {

    /** Compact after 1 GiB of growth, and not before the database has doubled. */
    public static final CompactionPolicy AUTO = new CompactionPolicy(1L << 30, true);

    /** Never compact during a build ('papergraph compact' still does). */
    public static final CompactionPolicy NEVER = new CompactionPolicy(Long.MAX_VALUE, false);

    public CompactionPolicy {
        if (minGrowthBytes < 0) {
            throw new IllegalArgumentException("compaction growth must be positive: " + minGrowthBytes);
        }
    }

    /** Compact whenever the database has grown by this many bytes since the last compaction. */
    public static CompactionPolicy afterGrowth(long bytes) {
        return new CompactionPolicy(bytes, false);
    }

    /** Whether a database of {@code nowBytes} that held {@code compactedBytes} after its last compaction is due. */
    public boolean due(long compactedBytes, long nowBytes) {
        long growth = nowBytes - compactedBytes;
        return growth >= minGrowthBytes && (!atLeastLiveSize || growth >= compactedBytes);
    }
}
