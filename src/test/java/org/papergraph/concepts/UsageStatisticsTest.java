package org.papergraph.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.ConceptClass;
import org.papergraph.extract.RelationType;

class UsageStatisticsTest {

    private static final Map<String, ConceptClass> CLASSES = Map.of(
            "rl", ConceptClass.METHOD, "ppo", ConceptClass.METHOD, "grpo", ConceptClass.METHOD,
            "qa", ConceptClass.TASK, "squad", ConceptClass.DATASET);

    private static PaperLinks paper(String id, Set<String> methods, Set<String> tasks) {
        return new PaperLinks(id, Map.of(RelationType.USES_METHOD, methods, RelationType.ADDRESSES_TASK, tasks), List.of());
    }

    @Test
    void countsPapersPerConceptWithThePredicateOfItsClass() {
        UsageStatistics usage = new UsageStatistics(CLASSES);
        usage.add(paper("p1", Set.of("rl", "ppo"), Set.of("qa")));
        usage.add(paper("p2", Set.of("rl", "qa"), Set.of()));   // qa used as a method: not a task use
        usage.add(paper("p3", Set.of("rl", "ppo", "grpo", "unknown"), Set.of("qa")));
        assertEquals(3, usage.usage("rl"));
        assertEquals(2, usage.usage("ppo"));
        assertEquals(2, usage.usage("qa"));
        assertEquals(0, usage.usage("squad"));
        assertEquals(0, usage.usage("unknown"));
    }

    @Test
    void pairsAreCountedOncePerPaperOrderedAndCutWithoutSplittingTies() {
        UsageStatistics usage = new UsageStatistics(CLASSES);
        usage.add(paper("p1", Set.of("rl", "ppo"), Set.of()));
        usage.add(paper("p2", Set.of("ppo", "rl", "grpo"), Set.of()));
        usage.add(paper("p3", Set.of("rl", "grpo"), Set.of()));
        usage.add(paper("p4", Set.of("grpo", "ppo", "qa"), Set.of()));  // qa is a task: no pair
        assertEquals(List.of(new MethodPair("grpo", "ppo", 2), new MethodPair("grpo", "rl", 2),
                new MethodPair("ppo", "rl", 2)), usage.topMethodPairs(10, 2));
        assertEquals(3, usage.topMethodPairs(1, 2).size(), "a cut keeps every pair tied with the last");
        assertEquals(List.of(), usage.topMethodPairs(10, 3));
    }
}
