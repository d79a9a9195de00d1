package org.papergraph.build;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Where a build puts each batch of built papers: straight into the store, one transaction a batch
 * ({@link StoreBatchWriter}), or into a staging file that is bulk loaded at the end of a first build
 * ({@link StagingBatchWriter}). Called by one writer thread at a time.
 */
interface BatchWriter {

    /**
     * Writes one batch.
     *
     * @param graphs       each rebuilt paper's graph, replacing what the store holds under that name
     * @param metadataOnly the new metadata statements of papers whose text (and so extraction) is unchanged
     */
    void write(Map<Node, List<Quad>> graphs, List<List<Quad>> metadataOnly);

    /** Whether a written paper can be read back from the store during the same pass (not while staging). */
    boolean writesToStore();
}
