package org.papergraph.store;

import java.util.Map;
import org.papergraph.extract.ConceptClass;

/** What the database holds. */
public record StoreStats(long papers, Map<ConceptClass, Long> conceptsByClass, long evidence, long quads) {

    public StoreStats {
        conceptsByClass = Map.copyOf(conceptsByClass);
    }

    public long concepts() {
        return conceptsByClass.values().stream().mapToLong(Long::longValue).sum();
    }
}
