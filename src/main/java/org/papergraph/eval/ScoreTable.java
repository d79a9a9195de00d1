package org.papergraph.eval;

import java.util.Map;
import java.util.TreeMap;

/** Scores per type and micro-averaged over all types (sums of the counts). */
public record ScoreTable(Prf micro, Map<String, Prf> byType) {

    public ScoreTable {
        byType = java.util.Collections.unmodifiableMap(new TreeMap<>(byType));
    }
}
