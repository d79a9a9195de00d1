package org.papergraph.ingest;

/** Receives what a reader finds; readers know nothing of who consumes it (like Jena's StreamRDF). */
public interface PaperSink {

    void paper(Paper paper);

    void problem(IngestProblem problem);
}
