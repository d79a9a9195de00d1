package org.papergraph.concepts;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which concepts each concept falls under: itself and every concept it reaches through skos:broader
 * and skos:exactMatch, what the named queries' path {@code (skos:broader|skos:exactMatch)*} reaches.
 * The edges are the concepts graph's and the broader statements read in papers.
 */
public final class ConceptHierarchy {

    private final Map<String, Set<String>> up = new HashMap<>();
    private final Map<String, Set<String>> closure = new HashMap<>();

    public static ConceptHierarchy of(Collection<ConceptRecord> records) {
        ConceptHierarchy hierarchy = new ConceptHierarchy();
        for (ConceptRecord record : records) {
            record.broader().forEach(b -> hierarchy.add(record.key(), b));
            record.exactMatch().forEach(same -> hierarchy.add(record.key(), same));
        }
        return hierarchy;
    }

    /** States that {@code narrower} falls under {@code broader}. */
    public void add(String narrower, String broader) {
        up.computeIfAbsent(narrower, k -> new HashSet<>()).add(broader);
        closure.clear();
    }

    /** The concept itself and every concept above it; cycles (two concepts that match each other) end. */
    public Set<String> selfAndAbove(String key) {
        Set<String> known = closure.get(key);
        if (known != null) {
            return known;
        }
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(key);
        while (!pending.isEmpty()) {
            String next = pending.poll();
            if (reached.add(next)) {
                pending.addAll(up.getOrDefault(next, Set.of()));
            }
        }
        Set<String> result = Set.copyOf(reached);
        closure.put(key, result);
        return result;
    }
}
