package org.papergraph.concepts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.papergraph.extract.ConceptClass;
import org.papergraph.extract.RelationType;

/**
 * Counts, paper by paper, the answers of the {@link CountedQuery counted queries} for every lookup key
 * a user may ask with, the way the queries' live joins counted them: a paper supports an answer once,
 * however many of the concepts under the asked one it links to. The asked text matches every concept
 * with that lookup key ("rl" is reinforcement learning and deep reinforcement learning), so answers are
 * counted per key, not per concept; keys that match the same concepts (most of a concept's spellings)
 * share their counts. Holds counts, never papers: its size grows with the distinct (keys, answer)
 * pairs, not with the papers.
 */
public final class AnswerCounts {

    private final Map<String, ConceptClass> classes = new HashMap<>();
    private final Map<String, Set<String>> ownKeys = new HashMap<>();
    private final ConceptHierarchy hierarchy;
    /** Each lookup key's group: the keys that match the same concepts. Groups and answers are indexes,
     *  so that a (group, answer) pair is one long. */
    private final Map<String, Integer> keyGroup = new HashMap<>();
    private final List<SortedSet<String>> groups = new ArrayList<>();
    private final Map<String, Integer> conceptIndex = new HashMap<>();
    private final List<String> concepts = new ArrayList<>();
    private final Map<String, int[]> groupsAbove = new HashMap<>();
    private final Map<CountedQuery, Map<Long, Integer>> papers = new EnumMap<>(CountedQuery.class);
    private final Map<Long, Set<Integer>> usedVia = new HashMap<>();

    public AnswerCounts(Collection<ConceptRecord> records, ConceptHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        Map<String, Set<String>> conceptsByKey = new HashMap<>();
        for (ConceptRecord record : records) {
            classes.put(record.key(), record.type());
            ownKeys.put(record.key(), record.lookupKeys());
            record.lookupKeys().forEach(key -> conceptsByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(record.key()));
        }
        Map<Set<String>, Integer> groupOfConcepts = new HashMap<>();
        new TreeSet<>(conceptsByKey.keySet()).forEach(key -> {
            int group = groupOfConcepts.computeIfAbsent(conceptsByKey.get(key), c -> {
                groups.add(new TreeSet<>());
                return groups.size() - 1;
            });
            groups.get(group).add(key);
            keyGroup.put(key, group);
        });
        for (CountedQuery query : CountedQuery.values()) {
            papers.put(query, new HashMap<>());
        }
    }

    public void add(PaperLinks paper) {
        Map<CountedQuery, Set<Long>> supported = new EnumMap<>(CountedQuery.class);
        for (CountedQuery query : CountedQuery.values()) {
            supported.put(query, new HashSet<>());
        }
        Set<String> tasks = ofClass(paper.objects(RelationType.ADDRESSES_TASK), ConceptClass.TASK);
        for (String method : paper.objects(RelationType.USES_METHOD, RelationType.PROPOSES)) {
            pairs(method, tasks, supported.get(CountedQuery.TASKS_FOR_METHOD));
        }
        Set<String> datasets = ofClass(paper.objects(RelationType.USES_DATASET, RelationType.PROPOSES), ConceptClass.DATASET);
        Set<String> metrics = ofClass(paper.objects(RelationType.USES_METRIC), ConceptClass.METRIC);
        for (String task : paper.objects(RelationType.ADDRESSES_TASK)) {
            pairs(task, datasets, supported.get(CountedQuery.DATASETS_FOR_TASK));
            pairs(task, metrics, supported.get(CountedQuery.METRICS_FOR_TASK));
        }
        for (ConceptStatement statement : paper.statements()) {
            if (statement.relation() == RelationType.ADDRESSES_TASK
                    && classes.get(statement.object()) == ConceptClass.TASK) {
                pairs(statement.subject(), Set.of(statement.object()), supported.get(CountedQuery.TASKS_FOR_METHOD));
            } else if (statement.relation() == RelationType.USES_METHOD
                    && classes.containsKey(statement.subject()) && classes.containsKey(statement.object())) {
                Set<Long> users = new HashSet<>();
                pairs(statement.object(), Set.of(statement.subject()), users);
                int used = conceptId(statement.object());
                users.forEach(pair -> usedVia.computeIfAbsent(pair, p -> new TreeSet<>()).add(used));
                supported.get(CountedQuery.METHODS_USING_METHOD).addAll(users);
            }
        }
        supported.forEach((query, pairs) -> pairs.forEach(pair -> papers.get(query).merge(pair, 1, Integer::sum)));
    }

    /** Every count, in a stable order: by query, first lookup key and answer. */
    public List<AnswerCount> counts() {
        List<AnswerCount> all = new ArrayList<>();
        papers.forEach((query, counts) -> counts.forEach((pair, n) -> {
            Set<String> via = new TreeSet<>();
            if (query == CountedQuery.METHODS_USING_METHOD) {
                usedVia.get(pair).forEach(id -> via.add(concepts.get(id)));
            }
            all.add(new AnswerCount(query, groups.get((int) (pair >>> 32)), concepts.get((int) (long) pair), n, via));
        }));
        all.sort(Comparator.comparing(AnswerCount::query).thenComparing(AnswerCount::firstKey)
                .thenComparing(AnswerCount::answer));
        return all;
    }

    /** Adds (group, answer) for the key group of every lookup key of the concept or a concept above it. */
    private void pairs(String asked, Set<String> answers, Set<Long> into) {
        if (answers.isEmpty()) {
            return;
        }
        for (int group : groupsAbove(asked)) {
            for (String answer : answers) {
                into.add(((long) group << 32) | conceptId(answer));
            }
        }
    }

    private int[] groupsAbove(String concept) {
        return groupsAbove.computeIfAbsent(concept, c -> hierarchy.selfAndAbove(c).stream()
                .flatMap(above -> ownKeys.getOrDefault(above, Set.of()).stream())
                .mapToInt(keyGroup::get)
                .distinct()
                .toArray());
    }

    private int conceptId(String concept) {
        return conceptIndex.computeIfAbsent(concept, c -> {
            concepts.add(c);
            return concepts.size() - 1;
        });
    }

    private Set<String> ofClass(Set<String> keys, ConceptClass type) {
        Set<String> kept = new HashSet<>();
        keys.stream().filter(key -> classes.get(key) == type).forEach(kept::add);
        return kept;
    }
}
