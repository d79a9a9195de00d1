package org.papergraph.concepts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.papergraph.extract.ConceptClass;
import org.papergraph.extract.RelationType;

/**
 * Corpus-wide counts the aggregate queries would otherwise recompute over every paper on each run:
 * how many papers use each concept directly (with the predicate of its class), and how many papers
 * use each pair of methods together. Fed one paper at a time; holds counts, never the papers.
 */
public final class UsageStatistics {

    private final Map<String, ConceptClass> classes;
    private final Map<String, Integer> usage = new HashMap<>();
    private final Map<String, Integer> methodIndex = new HashMap<>();
    private final List<String> methodKeys = new ArrayList<>();
    private final Map<Long, Integer> pairs = new HashMap<>();

    /** @param classes the class the concepts graph gives each concept key */
    public UsageStatistics(Map<String, ConceptClass> classes) {
        this.classes = classes;
    }

    public void add(PaperLinks paper) {
        for (ConceptClass type : ConceptClass.values()) {
            for (String key : paper.objects(RelationType.usesFor(type))) {
                if (classes.get(key) == type) {
                    usage.merge(key, 1, Integer::sum);
                }
            }
        }
        List<Integer> methods = new ArrayList<>();
        for (String key : new TreeSet<>(paper.objects(RelationType.USES_METHOD))) {
            if (classes.get(key) == ConceptClass.METHOD) {
                methods.add(methodIndex.computeIfAbsent(key, k -> {
                    methodKeys.add(k);
                    return methodKeys.size() - 1;
                }));
            }
        }
        for (int i = 0; i < methods.size(); i++) {
            for (int j = i + 1; j < methods.size(); j++) {
                pairs.merge(pairKey(methods.get(i), methods.get(j)), 1, Integer::sum);
            }
        }
    }

    private static long pairKey(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return ((long) low << 32) | high;
    }

    /** Papers that use the concept directly: pg:usesMethod a method, pg:addressesTask a task, and so on. */
    public int usage(String key) {
        return usage.getOrDefault(key, 0);
    }

    /**
     * The pairs of methods most papers use together, at least {@code minPapers} of them: the first
     * {@code limit} by paper count, and any pair tied with the last of those, so a cut never splits a tie.
     */
    public List<MethodPair> topMethodPairs(int limit, int minPapers) {
        List<MethodPair> all = new ArrayList<>();
        pairs.forEach((pair, papers) -> {
            if (papers >= minPapers) {
                String a = methodKeys.get((int) (pair >>> 32));
                String b = methodKeys.get((int) (long) pair);
                all.add(a.compareTo(b) < 0 ? new MethodPair(a, b, papers) : new MethodPair(b, a, papers));
            }
        });
        all.sort(Comparator.comparingInt(MethodPair::papers).reversed()
                .thenComparing(MethodPair::first).thenComparing(MethodPair::second));
        if (all.size() <= limit) {
            return all;
        }
        int floor = all.get(limit - 1).papers();
        return all.stream().takeWhile(p -> p.papers() >= floor).toList();
    }
}
