package org.papergraph.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.papergraph.eval.DocumentAnnotations.Entity;

/**
 * The gold mentions whose span was predicted with another type, counted by gold type and predicted type
 * ("Method as OtherScientificTerm"): which types the tagger confuses, the largest share of its mistakes
 * on SciERC.
 */
public record TypeConfusions(Map<String, Integer> counts) {

    public static final TypeConfusions NONE = new TypeConfusions(Map.of());

    public TypeConfusions {
        counts = Map.copyOf(counts);
    }

    /** The confusions of one document. */
    public static TypeConfusions of(Set<Entity> gold, Set<Entity> predicted) {
        Map<String, Integer> counts = new HashMap<>();
        for (Entity g : gold) {
            for (Entity p : predicted) {
                if (p.start() == g.start() && p.end() == g.end() && !p.type().equals(g.type())) {
                    counts.merge(key(g.type(), p.type()), 1, Integer::sum);
                }
            }
        }
        return new TypeConfusions(counts);
    }

    private static String key(String goldType, String predictedType) {
        return goldType + " as " + predictedType;
    }

    public TypeConfusions plus(TypeConfusions o) {
        Map<String, Integer> sum = new HashMap<>(counts);
        o.counts.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return new TypeConfusions(sum);
    }

    /** The confusions, the most frequent first (then by name, so that the order is stable). */
    public Map<String, Integer> mostFrequentFirst() {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
