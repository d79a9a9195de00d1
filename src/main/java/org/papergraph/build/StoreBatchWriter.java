package org.papergraph.build;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.store.PaperStore;

/** Writes each batch into the store in write transactions, compacting the store when it is due. */
final class StoreBatchWriter implements BatchWriter {

    private final PaperStore store;
    private final CompactionSchedule compactions;

    StoreBatchWriter(PaperStore store, CompactionSchedule compactions) {
        this.store = store;
        this.compactions = compactions;
    }

    @Override
    public void write(Map<Node, List<Quad>> graphs, List<List<Quad>> metadataOnly) {
        if (!graphs.isEmpty()) {
            store.replaceGraphs(graphs);
        }
        store.replaceMetadata(metadataOnly);
        compactions.afterWrite();
    }

    @Override
    public boolean writesToStore() {
        return true;
    }
}
