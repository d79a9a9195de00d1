package org.papergraph.concepts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.papergraph.extract.ConceptClass;

/**
 * Gathers the readings of every concept across the corpus and decides, per concept, its class (the
 * reading most papers give), its preferred label (the most frequent canonical label), its aliases
 * (every other surface form and acronym) and its broader concept (the longest proper head of its
 * label that is itself a concept of the same class: "dynamic curriculum learning" → "curriculum learning").
 */
public final class ConceptCatalog {

    private final Map<String, Accumulator> byKey = new TreeMap<>();

    public void add(ConceptObservation observation) {
        byKey.computeIfAbsent(observation.key(), k -> new Accumulator()).add(observation);
    }

    public List<ConceptRecord> records() {
        Map<String, ConceptClass> classes = new HashMap<>();
        byKey.forEach((key, acc) -> classes.put(key, acc.winningClass()));
        List<ConceptRecord> records = new ArrayList<>();
        byKey.forEach((key, acc) -> {
            ConceptClass type = classes.get(key);
            String prefLabel = acc.preferredLabel();
            Set<String> alt = new TreeSet<>(acc.surfaces);
            alt.addAll(acc.labels.keySet());
            alt.remove(prefLabel);
            records.add(new ConceptRecord(key, type, prefLabel, alt, broaderOf(key, prefLabel, type, classes),
                    acc.papers.size(), acc.votes()));
        });
        return records;
    }

    private static List<String> broaderOf(String key, String label, ConceptClass type, Map<String, ConceptClass> classes) {
        String[] words = label.split(" ");
        for (int start = 1; start < words.length; start++) {
            String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
            String suffixKey = Labels.key(suffix);
            if (!suffixKey.equals(key) && classes.get(suffixKey) == type) {
                return List.of(suffixKey);
            }
        }
        return List.of();
    }

    private static final class Accumulator {
        private final Map<String, Integer> labels = new HashMap<>();
        private final Set<String> surfaces = new HashSet<>();
        private final Map<ConceptClass, Set<String>> papersByClass = new EnumMap<>(ConceptClass.class);
        private final Set<String> papers = new HashSet<>();

        void add(ConceptObservation o) {
            labels.merge(o.label(), 1, Integer::sum);
            surfaces.add(o.surface());
            if (o.acronym() != null) {
                surfaces.add(o.acronym());
            }
            papersByClass.computeIfAbsent(o.type(), t -> new HashSet<>()).add(o.paperId());
            papers.add(o.paperId());
        }

        ConceptClass winningClass() {
            return papersByClass.entrySet().stream()
                    .max(Comparator.<Map.Entry<ConceptClass, Set<String>>>comparingInt(e -> e.getValue().size())
                            .thenComparing(e -> -e.getKey().ordinal()))
                    .orElseThrow()
                    .getKey();
        }

        String preferredLabel() {
            return labels.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> -e.getKey().length())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow()
                    .getKey();
        }

        Map<ConceptClass, Integer> votes() {
            Map<ConceptClass, Integer> votes = new EnumMap<>(ConceptClass.class);
            papersByClass.forEach((type, ids) -> votes.put(type, ids.size()));
            return votes;
        }
    }
}
