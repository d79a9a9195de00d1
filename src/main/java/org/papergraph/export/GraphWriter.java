package org.papergraph.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a property graph in one file format. The stream is flushed, not closed. */
public interface GraphWriter {

    void write(PropertyGraph graph, OutputStream out) throws IOException;
}
