package org.papergraph.concepts;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One answer of a counted query for the texts a user may ask with: {@code answer} (a concept key) is
 * supported by {@code papers} papers when the query's parameter has one of the lookup forms
 * {@code lookupKeys} (keys that match the same concepts share one count).
 *
 * @param via for methods-using-method, the used concepts under the asked one (the "uses" column); else empty
 */
public record AnswerCount(CountedQuery query, SortedSet<String> lookupKeys, String answer, int papers, Set<String> via) {

    public AnswerCount {
        lookupKeys = Collections.unmodifiableSortedSet(new TreeSet<>(lookupKeys));
        via = Set.copyOf(via);
    }

    /** The first lookup key: with the query and the answer, it names the count (no key is in two groups). */
    public String firstKey() {
        return lookupKeys.first();
    }
}
