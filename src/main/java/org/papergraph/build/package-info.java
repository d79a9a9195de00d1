/**
 * Build: runs the stages end to end. Papers stream from the readers, are annotated and extracted
 * by worker threads in bounded batches, and each batch is written to the store in one transaction;
 * the concepts graph is derived from the stored papers at the end.
 */
package org.papergraph.build;
