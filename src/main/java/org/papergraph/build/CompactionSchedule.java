package org.papergraph.build;

import org.papergraph.store.DiskUsage;
import org.papergraph.store.PaperStore;

/**
 * Compacts the store during a build when its {@link CompactionPolicy} says so. Called by the single
 * writer after each committed batch, so a compaction never runs beside a write of this build; TDB2
 * compacts into a temporary directory and moves it into place, so a crash mid-way leaves the old
 * generation intact.
 */
final class CompactionSchedule {

    private final PaperStore store;
    private final CompactionPolicy policy;
    private final BuildListener listener;
    private long compactedBytes;
    private int compactions;

    CompactionSchedule(PaperStore store, CompactionPolicy policy, BuildListener listener) {
        this.store = store;
        this.policy = policy;
        this.listener = listener;
        this.compactedBytes = onDisk();
    }

    /** Compacts if the store has grown enough since the last compaction (or since the build began). */
    void afterWrite() {
        if (store.directory() == null) {
            return;
        }
        long before = onDisk();
        if (!policy.due(compactedBytes, before)) {
            return;
        }
        listener.phase("compacting the database");
        store.compact();
        compactedBytes = onDisk();
        compactions++;
        listener.compacted(before, compactedBytes);
    }

    int compactions() {
        return compactions;
    }

    long onDisk() {
        return store.directory() == null ? 0 : DiskUsage.of(store.directory());
    }
}
