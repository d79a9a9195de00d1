package org.papergraph.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which part of the property graph to keep, around seed nodes named by IRI ({@link SeedLookup}). Applied in this order: edges and concepts with fewer
 * than {@code minSupport} supporting papers go; then, if seeds are given, only the nodes within
 * {@code depth} hops of a seed (either direction) stay; then only nodes of the {@code classes}
 * (seeds always stay). An empty class set keeps every class.
 */
public record GraphSelection(Set<String> seedIris, int depth, Set<NodeClass> classes, int minSupport) {

    public GraphSelection {
        seedIris = Set.copyOf(seedIris);
        classes = Set.copyOf(classes);
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be 0 or more, not " + depth);
        }
        if (minSupport < 0) {
            throw new IllegalArgumentException("minimum support must be 0 or more, not " + minSupport);
        }
    }

    public static GraphSelection everything() {
        return new GraphSelection(Set.of(), 0, Set.of(), 0);
    }

    public PropertyGraph apply(PropertyGraph graph) {
        PropertyGraph selected = graph;
        if (minSupport > 1) {
            selected = selected.keepEdges(e -> e.weight() >= minSupport)
                    .keepNodes(n -> n.nodeClass() == NodeClass.PAPER || n.papers() >= minSupport);
        }
        Set<String> seeds = new HashSet<>();
        selected.nodes().stream().filter(n -> seedIris.contains(n.iri())).forEach(n -> seeds.add(n.id()));
        if (!seedIris.isEmpty()) {
            Set<String> near = within(selected, seeds, depth);
            selected = selected.keepNodes(n -> near.contains(n.id()));
        }
        if (!classes.isEmpty()) {
            selected = selected.keepNodes(n -> classes.contains(n.nodeClass()) || seeds.contains(n.id()));
        }
        return selected;
    }

    private static Set<String> within(PropertyGraph graph, Set<String> seeds, int depth) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (GraphEdge e : graph.edges()) {
            neighbours.computeIfAbsent(e.source(), k -> new java.util.ArrayList<>()).add(e.target());
            neighbours.computeIfAbsent(e.target(), k -> new java.util.ArrayList<>()).add(e.source());
        }
        Set<String> reached = new HashSet<>(seeds);
        Deque<String> frontier = new ArrayDeque<>(seeds);
        for (int hop = 0; hop < depth && !frontier.isEmpty(); hop++) {
            Deque<String> next = new ArrayDeque<>();
            for (String id : frontier) {
                for (String neighbour : neighbours.getOrDefault(id, List.of())) {
                    if (reached.add(neighbour)) {
                        next.add(neighbour);
                    }
                }
            }
            frontier = next;
        }
        return reached;
    }
}
