package org.papergraph.concepts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.papergraph.extract.ConceptClass;

/**
 * Gathers the readings of every concept across the corpus and decides, per concept:
 * <ul>
 * <li>its class: the vocabulary's, else the reading most papers give (ties: method, task, dataset, metric);</li>
 * <li>its preferred label: the vocabulary's, else the most frequent canonical label; every other form is an alias;</li>
 * <li>its broader concept: the vocabulary's, else the longest proper head of its label that is itself a
 *     concept of the same class ("dynamic curriculum learning" → "curriculum learning");</li>
 * <li>for an acronym used alone ("CL"), the one concept the corpus defines it for, if there is exactly one.</li>
 * </ul>
 * Vocabulary concepts appear when used, or when a used concept falls under them.
 */
public final class ConceptCatalog {

    private final Vocabulary vocabulary;
    private final Map<String, Accumulator> byKey = new TreeMap<>();

    public ConceptCatalog(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public void add(ConceptObservation observation) {
        byKey.computeIfAbsent(observation.key(), k -> new Accumulator()).add(observation);
    }

    public List<ConceptRecord> records() {
        Map<String, ConceptClass> classes = new HashMap<>();
        byKey.forEach((key, acc) -> classes.put(key, vocabulary.entry(key).map(VocabularyEntry::type).orElse(acc.winningClass())));
        Set<String> included = withVocabularyAncestors(byKey.keySet(), classes);
        Map<String, Set<String>> definedAcronyms = definedAcronyms();

        List<ConceptRecord> records = new ArrayList<>();
        for (String key : new TreeSet<>(included)) {
            Accumulator acc = byKey.getOrDefault(key, new Accumulator());
            Optional<VocabularyEntry> entry = vocabulary.entry(key);
            ConceptClass type = classes.get(key);
            String prefLabel = entry.map(VocabularyEntry::label).orElseGet(acc::preferredLabel);
            Set<String> alt = new TreeSet<>(acc.surfaces);
            alt.addAll(acc.labels.keySet());
            entry.ifPresent(e -> alt.addAll(e.aliases()));
            alt.remove(prefLabel);
            List<String> broader = entry.filter(e -> e.broader() != null)
                    .map(e -> List.of(Labels.key(e.broader())))
                    .orElseGet(() -> headBroader(key, prefLabel, type, classes));
            records.add(new ConceptRecord(key, type, prefLabel, alt, broader,
                    exactMatch(key, prefLabel, entry.isPresent(), definedAcronyms), acc.papers.size(), acc.votes()));
        }
        return records;
    }

    /** Used concepts plus the vocabulary concepts above them, so the hierarchy has its inner nodes. */
    private Set<String> withVocabularyAncestors(Set<String> used, Map<String, ConceptClass> classes) {
        Set<String> included = new HashSet<>(used);
        Deque<String> todo = new ArrayDeque<>(used);
        while (!todo.isEmpty()) {
            String key = todo.pop();
            Optional<String> parent = vocabulary.entry(key).map(VocabularyEntry::broader).map(Labels::key);
            if (parent.isEmpty()) {
                parent = headBroaderInVocabulary(key, classes.get(key));
            }
            parent.ifPresent(p -> {
                VocabularyEntry entry = vocabulary.entry(p).orElse(null);
                if (entry != null && included.add(p)) {
                    classes.put(p, entry.type());
                    todo.push(p);
                }
            });
        }
        return included;
    }

    private Optional<String> headBroaderInVocabulary(String key, ConceptClass type) {
        Accumulator acc = byKey.get(key);
        String label = acc == null ? null : acc.preferredLabel();
        if (label == null) {
            return Optional.empty();
        }
        for (String suffix : properHeads(label)) {
            String suffixKey = Labels.key(suffix);
            if (!suffixKey.equals(key) && vocabulary.entry(suffixKey).filter(e -> e.type() == type).isPresent()) {
                return Optional.of(suffixKey);
            }
        }
        return Optional.empty();
    }

    private static List<String> headBroader(String key, String label, ConceptClass type, Map<String, ConceptClass> classes) {
        for (String suffix : properHeads(label)) {
            String suffixKey = Labels.key(suffix);
            if (!suffixKey.equals(key) && classes.get(suffixKey) == type) {
                return List.of(suffixKey);
            }
        }
        return List.of();
    }

    /** Heads that only say "a way of doing": "RL algorithm" is a kind of RL, as "RL" is. */
    private static final Set<String> GENERIC_HEADS = Set.of("algorithm", "method", "approach", "framework",
            "technique", "paradigm", "strategy", "scheme", "procedure");

    /**
     * Candidate heads, most specific first: "offline preference-based reinforcement learning" →
     * "preference-based reinforcement learning", "reinforcement learning", "learning". A label ending
     * in a generic head ("RL algorithm") is a kind of its modifier: "temporally-aware RL algorithm" →
     * "temporally-aware RL", "RL algorithm", "RL", ...
     */
    private static List<String> properHeads(String label) {
        String[] words = label.split(" ");
        List<String> heads = new ArrayList<>();
        boolean generic = words.length > 1 && GENERIC_HEADS.contains(words[words.length - 1]);
        int modifierEnd = generic ? words.length - 1 : words.length;
        for (int start = 0; start < modifierEnd; start++) {
            if (start > 0) {
                heads.add(String.join(" ", Arrays.copyOfRange(words, start, words.length)));
            }
            if (generic) {
                heads.add(String.join(" ", Arrays.copyOfRange(words, start, modifierEnd)));
            }
        }
        return heads;
    }

    /** Acronym → keys of the concepts the corpus defines it for ("continual learning (CL)"). */
    private Map<String, Set<String>> definedAcronyms() {
        Map<String, Set<String>> defined = new HashMap<>();
        byKey.forEach((key, acc) -> acc.acronyms.forEach(a -> defined.computeIfAbsent(Labels.key(a), k -> new TreeSet<>()).add(key)));
        return defined;
    }

    private static List<String> exactMatch(String key, String prefLabel, boolean curated, Map<String, Set<String>> definedAcronyms) {
        if (curated || !isAcronym(prefLabel)) {
            return List.of();
        }
        Set<String> meanings = new TreeSet<>(definedAcronyms.getOrDefault(key, Set.of()));
        meanings.remove(key);
        return meanings.size() == 1 ? List.copyOf(meanings) : List.of();
    }

    private static boolean isAcronym(String label) {
        return label.length() >= 2 && label.length() <= 10 && label.chars().filter(Character::isLetter)
                .allMatch(Character::isUpperCase) && label.chars().anyMatch(Character::isLetter);
    }

    private static final class Accumulator {
        private final Map<String, Integer> labels = new HashMap<>();
        private final Set<String> surfaces = new HashSet<>();
        private final Set<String> acronyms = new HashSet<>();
        private final Map<ConceptClass, Set<String>> papersByClass = new EnumMap<>(ConceptClass.class);
        private final Set<String> papers = new HashSet<>();

        void add(ConceptObservation o) {
            labels.merge(o.label(), 1, Integer::sum);
            surfaces.add(o.surface());
            if (o.acronym() != null) {
                surfaces.add(o.acronym());
                acronyms.add(o.acronym());
            }
            papersByClass.computeIfAbsent(o.type(), t -> new HashSet<>()).add(o.paperId());
            papers.add(o.paperId());
        }

        ConceptClass winningClass() {
            return papersByClass.entrySet().stream()
                    .max(Comparator.<Map.Entry<ConceptClass, Set<String>>>comparingInt(e -> e.getValue().size())
                            .thenComparing(e -> -e.getKey().ordinal()))
                    .map(Map.Entry::getKey)
                    .orElse(ConceptClass.METHOD);
        }

        String preferredLabel() {
            return labels.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> -e.getKey().length())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey)
                    .orElse(null);
        }

        Map<ConceptClass, Integer> votes() {
            Map<ConceptClass, Integer> votes = new EnumMap<>(ConceptClass.class);
            papersByClass.forEach((type, ids) -> votes.put(type, ids.size()));
            return votes;
        }
    }
}
