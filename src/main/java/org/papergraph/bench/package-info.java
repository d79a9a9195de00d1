/**
 * Bench: measures papergraph's speed and memory against references, and writes the scaled corpora it
 * measures on.
 *
 * <p>In: the sample corpus (data/seeds). Out: a generated arXiv snapshot file of N recombined
 * abstracts ({@link org.papergraph.bench.CorpusGenerator}) and a Markdown table of throughput, peak
 * heap, load speed, startup time and query latency ({@link org.papergraph.bench.BenchCommand}). Each
 * ratio compares two figures measured in the same run, so machine noise touches both.
 */
package org.papergraph.bench;
