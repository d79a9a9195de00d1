package org.papergraph.build;

import org.papergraph.ingest.IngestProblem;

/** Hears how a build goes, for a progress bar or a log. */
public interface BuildListener {

    /** The build is about to process this many records. */
    default void started(long records) {
    }

    /** This many more records are done. */
    default void advanced(long records) {
    }

    default void problem(IngestProblem problem) {
    }

    default void phase(String description) {
    }

    default void finished() {
    }

    /** The build compacted the database from {@code beforeBytes} to {@code afterBytes} on disk. */
    default void compacted(long beforeBytes, long afterBytes) {
    }

    BuildListener SILENT = new BuildListener() {
    };
}
