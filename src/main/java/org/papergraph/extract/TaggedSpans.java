package org.papergraph.extract;

import java.util.List;

/**
 * The entity tagger's reading of one sentence: the spans probable enough to keep on their own, and
 * less probable ones (overlapping none of those) that are kept only if the relation layer confirms them.
 */
public record TaggedSpans(List<SciSpan> sure, List<SciSpan> tentative) {

    public TaggedSpans {
        sure = List.copyOf(sure);
        tentative = List.copyOf(tentative);
    }
}
