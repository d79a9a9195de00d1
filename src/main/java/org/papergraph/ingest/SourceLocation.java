package org.papergraph.ingest;

/** Where a record was read: the file name (no directory, so it is stable across machines) and its 1-based line. */
public record SourceLocation(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
