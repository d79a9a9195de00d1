package org.papergraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Nodes and edges, every edge between two of the nodes; ordered, so exports are reproducible. */
public record PropertyGraph(List<GraphNode> nodes, List<GraphEdge> edges) {

    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Map<String, GraphNode> nodesById() {
        Map<String, GraphNode> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        return byId;
    }

    /** The nodes that pass, and the edges between them. */
    public PropertyGraph keepNodes(Predicate<GraphNode> keep) {
        List<GraphNode> kept = nodes.stream().filter(keep).toList();
        java.util.Set<String> ids = new java.util.HashSet<>();
        kept.forEach(n -> ids.add(n.id()));
        return new PropertyGraph(kept, edges.stream()
                .filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList());
    }

    public PropertyGraph keepEdges(Predicate<GraphEdge> keep) {
        return new PropertyGraph(nodes, edges.stream().filter(keep).toList());
    }
}
