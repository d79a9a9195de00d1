package org.papergraph.ingest;

/** A record or file that could not be read, with where and what to do about it. */
public record IngestProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
