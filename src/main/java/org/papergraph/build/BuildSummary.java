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
 * @param diskBytes  the database's size on disk when the build ended (0 in memory)
 * @param compactions how often the build compacted the database on the way
 * @param bulkLoadedQuads quads a first build loaded with the bulk loader (0 when it wrote batch by batch)
 */
public record BuildSummary(long records, long added, long updated, long unchanged, long duplicates,
                           List<IngestProblem> problems, long problemCount, StoreStats store, Duration elapsed,
                           long diskBytes, int compactions, long bulkLoadedQuads) {

    public BuildSummary {
        problems = List.copyOf(problems);
    }
}
