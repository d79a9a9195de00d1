/**
 * Ingest: turns input files into {@link org.papergraph.ingest.Paper} records.
 *
 * <p>In: files and directories as users have them. Out: a stream of {@code Paper} records
 * handed to a {@link org.papergraph.ingest.PaperSink}, plus {@link org.papergraph.ingest.IngestProblem}s
 * that name the file and line of every record that could not be read. Formats are detected
 * from content ({@link org.papergraph.ingest.FormatDetector}), never from the file name.
 */
package org.papergraph.ingest;
