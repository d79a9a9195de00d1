package org.papergraph.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.ConceptClass;
import org.papergraph.extract.RelationType;

class AnswerCountsTest {

    private static ConceptRecord concept(String key, ConceptClass type, String label, Set<String> alt,
                                         List<String> broader, List<String> exactMatch) {
        return new ConceptRecord(key, type, label, alt, broader, exactMatch, 1, Map.of(type, 1));
    }

    private static final List<ConceptRecord> RECORDS = List.of(
            concept("reinforcement-learning", ConceptClass.METHOD, "reinforcement learning", Set.of("RL"), List.of(), List.of()),
            concept("ppo", ConceptClass.METHOD, "PPO", Set.of(), List.of("reinforcement-learning"), List.of()),
            concept("rl", ConceptClass.METHOD, "RL", Set.of(), List.of(), List.of("robot-learning")),
            concept("robot-learning", ConceptClass.METHOD, "robot learning", Set.of("RL"), List.of(), List.of("rl")),
            concept("plato-2", ConceptClass.METHOD, "PLATO-2", Set.of(), List.of(), List.of()),
            concept("dialogue", ConceptClass.TASK, "dialogue", Set.of(), List.of(), List.of()),
            concept("open-domain-dialogue", ConceptClass.TASK, "open-domain dialogue", Set.of(), List.of("dialogue"), List.of()),
            concept("bleu", ConceptClass.METRIC, "BLEU", Set.of(), List.of(), List.of()),
            concept("squad", ConceptClass.DATASET, "SQuAD", Set.of(), List.of(), List.of()));

    private static PaperLinks paper(String id, Map<RelationType, Set<String>> links, ConceptStatement... statements) {
        return new PaperLinks(id, links, List.of(statements));
    }

    private static Map<String, Integer> answers(AnswerCounts counts, CountedQuery query, String key) {
        return counts.counts().stream().filter(c -> c.query() == query && c.lookupKeys().contains(key))
                .collect(Collectors.toMap(AnswerCount::answer, AnswerCount::papers));
    }

    @Test
    void aPaperSupportsAnAnswerOnceForEveryKeyAboveWhatItUses() {
        AnswerCounts counts = new AnswerCounts(RECORDS, ConceptHierarchy.of(RECORDS));
        // PPO and reinforcement learning in one paper: one supporting paper, not two.
        counts.add(paper("p1", Map.of(RelationType.USES_METHOD, Set.of("ppo", "reinforcement-learning"),
                RelationType.ADDRESSES_TASK, Set.of("dialogue", "squad"), RelationType.USES_METRIC, Set.of("bleu", "dialogue"))));
        counts.add(paper("p2", Map.of(RelationType.PROPOSES, Set.of("robot-learning", "squad"),
                RelationType.ADDRESSES_TASK, Set.of("open-domain-dialogue"))));
        assertEquals(Map.of("dialogue", 1), answers(counts, CountedQuery.TASKS_FOR_METHOD, "reinforcement learning"));
        assertEquals(Map.of("dialogue", 1), answers(counts, CountedQuery.TASKS_FOR_METHOD, "ppo"));
        // "rl" names reinforcement learning, RL and robot learning: both papers, each once.
        assertEquals(Map.of("dialogue", 1, "open-domain-dialogue", 1), answers(counts, CountedQuery.TASKS_FOR_METHOD, "rl"));
        // A metric is counted for what the paper addresses and everything above it; a task is no metric.
        assertEquals(Map.of("bleu", 1), answers(counts, CountedQuery.METRICS_FOR_TASK, "dialogue"));
        assertEquals(Map.of("bleu", 1), answers(counts, CountedQuery.METRICS_FOR_TASK, "squad"));
        // A dataset the paper proposes counts for its task and the tasks above it.
        assertEquals(Map.of("squad", 1), answers(counts, CountedQuery.DATASETS_FOR_TASK, "dialogue"));
        assertEquals(Map.of("squad", 1), answers(counts, CountedQuery.DATASETS_FOR_TASK, "open domain dialogue"));
        // A task answer must be a task: SQuAD, addressed too, is a dataset.
        assertTrue(answers(counts, CountedQuery.TASKS_FOR_METHOD, "ppo").keySet().stream().noneMatch("squad"::equals));
    }

    @Test
    void statementsBetweenConceptsCountThePapersThatMakeThem() {
        AnswerCounts counts = new AnswerCounts(RECORDS, ConceptHierarchy.of(RECORDS));
        ConceptStatement platoUsesPpo = new ConceptStatement("plato-2", RelationType.USES_METHOD, "ppo");
        counts.add(paper("p1", Map.of(RelationType.PROPOSES, Set.of("plato-2")), platoUsesPpo,
                new ConceptStatement("plato-2", RelationType.USES_METHOD, "reinforcement-learning"),
                new ConceptStatement("ppo", RelationType.ADDRESSES_TASK, "open-domain-dialogue")));
        counts.add(paper("p2", Map.of(), platoUsesPpo,
                new ConceptStatement("plato-2", RelationType.USES_METHOD, "unknown-concept")));
        assertEquals(Map.of("plato-2", 2), answers(counts, CountedQuery.METHODS_USING_METHOD, "reinforcement learning"));
        AnswerCount viaRl = counts.counts().stream()
                .filter(c -> c.query() == CountedQuery.METHODS_USING_METHOD && c.lookupKeys().contains("reinforcement learning"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("ppo", "reinforcement-learning"), viaRl.via());
        // "rl" also names RL and robot learning, so it matches other concepts and has counts of its own.
        assertEquals(Set.of("reinforcement learning"), viaRl.lookupKeys());
        assertTrue(counts.counts().stream().anyMatch(c -> c.lookupKeys().equals(Set.of("rl"))));
        assertEquals(Map.of("plato-2", 2), answers(counts, CountedQuery.METHODS_USING_METHOD, "ppo"));
        assertTrue(answers(counts, CountedQuery.METHODS_USING_METHOD, "plato 2").isEmpty());
        // PLATO-2 proposed and dialogue stated for PPO: both reach reinforcement learning.
        assertEquals(Map.of("open-domain-dialogue", 1), answers(counts, CountedQuery.TASKS_FOR_METHOD, "rl"));
    }

    @Test
    void theHierarchyEndsOnCyclesAndIncludesTheConceptItself() {
        ConceptHierarchy hierarchy = ConceptHierarchy.of(RECORDS);
        assertEquals(Set.of("rl", "robot-learning"), hierarchy.selfAndAbove("rl"));
        assertEquals(Set.of("ppo", "reinforcement-learning"), hierarchy.selfAndAbove("ppo"));
        assertEquals(Set.of("nowhere"), hierarchy.selfAndAbove("nowhere"));
        hierarchy.add("reinforcement-learning", "machine-learning");
        assertEquals(Set.of("ppo", "reinforcement-learning", "machine-learning"), hierarchy.selfAndAbove("ppo"));
    }
}
