package org.papergraph.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts exact matches between gold and predicted items, one document at a time. An item is right
 * only when equal to a gold item (span, type and, for relations, both arguments); a predicted item
 * counts under its own type, a missed gold item under the gold type.
 */
final class Tally<T> {

    private final Function<T, String> typeOf;
    private final Map<String, Prf> byType = new HashMap<>();

    Tally(Function<T, String> typeOf) {
        this.typeOf = typeOf;
    }

    void add(Set<T> gold, Set<T> predicted) {
        for (T p : predicted) {
            count(typeOf.apply(p), gold.contains(p) ? new Prf(1, 0, 0) : new Prf(0, 1, 0));
        }
        for (T g : gold) {
            if (!predicted.contains(g)) {
                count(typeOf.apply(g), new Prf(0, 0, 1));
            }
        }
    }

    private void count(String type, Prf delta) {
        byType.merge(type, delta, Prf::plus);
    }

    ScoreTable table() {
        Prf micro = byType.values().stream().reduce(Prf.ZERO, Prf::plus);
        return new ScoreTable(micro, byType);
    }
}
