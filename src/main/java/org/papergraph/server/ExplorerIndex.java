package org.papergraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.export.GraphNode;
import org.papergraph.export.GraphProjection;
import org.papergraph.export.GraphSelection;
import org.papergraph.export.PropertyGraph;

/**
 * The property graph the explorer shows, projected once when the server starts (the store is
 * read-only while it serves), with every node's names for prefix search.
 */
public final class ExplorerIndex {

    /** Neighbourhoods larger than this keep their best-supported nodes, so the browser stays responsive. */
    static final int MAX_NODES = 200;

    private final PropertyGraph graph;
    private final Map<String, GraphNode> byId;
    private final Map<String, List<String>> namesById;

    private ExplorerIndex(PropertyGraph graph, Map<String, List<String>> namesById) {
        this.graph = graph;
        this.byId = graph.nodesById();
        this.namesById = namesById;
    }

    public static ExplorerIndex build(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            PropertyGraph graph = new GraphProjection(union).project();
            Map<String, List<String>> names = new HashMap<>();
            for (GraphNode node : graph.nodes()) {
                List<String> all = new ArrayList<>();
                all.add(node.label());
                union.find(NodeFactory.createURI(node.iri()), SKOS.altLabel.asNode(), Node.ANY).forEach(t -> {
                    if (t.getObject().isLiteral()) {
                        all.add(t.getObject().getLiteralLexicalForm());
                    }
                });
                names.put(node.id(), all);
            }
            return new ExplorerIndex(graph, names);
        });
    }

    public Optional<GraphNode> node(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A match: the node and the name that matched (a label, or an acronym or other alias). */
    public record Match(GraphNode node, String matched) {
    }

    /** Nodes with a name starting with the prefix (any case), most-mentioned first. */
    public List<Match> search(String prefix, int limit) {
        String wanted = normalise(prefix);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        for (GraphNode node : graph.nodes()) {
            for (String name : namesById.getOrDefault(node.id(), List.of(node.label()))) {
                if (normalise(name).startsWith(wanted)) {
                    matches.add(new Match(node, name));
                    break;
                }
            }
        }
        matches.sort(Comparator.comparing((Match m) -> !normalise(m.node().label()).equals(wanted))
                .thenComparing(m -> -m.node().papers())
                .thenComparing(m -> m.node().label().length()));
        return matches.subList(0, Math.min(limit, matches.size()));
    }

    /** The node and everything within depth hops, capped at {@link #MAX_NODES}. */
    public PropertyGraph neighbourhood(GraphNode centre, int depth) {
        PropertyGraph near = new GraphSelection(Set.of(centre.iri()), depth, Set.of(), 0).apply(graph);
        if (near.nodes().size() <= MAX_NODES) {
            return near;
        }
        List<GraphNode> ranked = new ArrayList<>(near.nodes());
        ranked.sort(Comparator.comparing((GraphNode n) -> !n.id().equals(centre.id())).thenComparing(n -> -n.papers()));
        Set<String> kept = new java.util.HashSet<>();
        ranked.subList(0, MAX_NODES).forEach(n -> kept.add(n.id()));
        return near.keepNodes(n -> kept.contains(n.id()));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2010\u2011\u2013]+", " ").strip();
    }
}
