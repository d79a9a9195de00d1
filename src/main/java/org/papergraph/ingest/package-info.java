/**
 * Ingest: turns input files into {@link org.papergraph.ingest.Paper} records.
 *
 * <p>In: files and directories as users have them: arXiv API Atom feeds, the arXiv metadata snapshot
 * (JSON lines), CSV/TSV tables, BibTeX, listing pages copied from the web, plain .txt abstracts; any of
 * them gzip-compressed. Out: a stream of {@code Paper} records handed to a
 * {@link org.papergraph.ingest.PaperSink}, plus {@link org.papergraph.ingest.IngestProblem}s that name
 * the file and line of every record that could not be read (the rest still load). Formats are detected
 * from content ({@link org.papergraph.ingest.FormatDetector}), never from the file name; the large ones
 * stream in constant memory. Identifiers come out canonical ({@link org.papergraph.ingest.Identifiers}),
 * so the build can tell that two records are the same paper; merging them is the build's job, not ours.
 */
package org.papergraph.ingest;
