package org.papergraph.build;

import java.time.Duration;
import java.util.List;
import org.papergraph.ingest.IngestProblem;
import org.papergraph.store.StoreStats;

/**
 * What a build did.
 *
 * @param records    records read from the inputs
 * @param added      papers new to the store
 * @param updated    papers whose record or extractor changed, so their graph was replaced
 * @param unchanged  papers already built from the same record
 * @param duplicates records of a paper already read in this build (merged: their source is added)
 * @param problems   records and files that could not be read
 */
public record BuildSummary(long records, long added, long updated, long unchanged, long duplicates,
                           List<IngestProblem> problems, long problemCount, StoreStats store, Duration elapsed) {

    public BuildSummary {
        problems = List.copyOf(problems);
    }
}
