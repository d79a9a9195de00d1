package org.papergraph.extract;

import org.papergraph.nlp.AnnotatedPaper;

/** The extraction stage. Implementations are thread-safe and keep no per-paper state. */
public interface Extractor {

    /** Identifies the extractor and its version in evidence, and invalidates stored papers when it changes. */
    String id();

    Extraction extract(AnnotatedPaper paper);
}
