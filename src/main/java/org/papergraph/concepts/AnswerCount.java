package org.papergraph.concepts;

import java.util.Set;

/**
 * One answer of a counted query for one text a user may ask with: {@code answer} (a concept key) is
 * supported by {@code papers} papers when the query's parameter has the lookup form {@code lookupKey}.
 *
 * @param via for methods-using-method, the used concepts under the asked one (the "uses" column); else empty
 */
public record AnswerCount(CountedQuery query, String lookupKey, String answer, int papers, Set<String> via) {

    public AnswerCount {
        via = Set.copyOf(via);
    }
}
