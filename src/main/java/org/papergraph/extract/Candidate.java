package org.papergraph.extract;

/** A noun phrase the extractor typed as a concept mention. */
record Candidate(Chunk chunk, Mention mention) {
}
