package org.papergraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PG;

/**
 * Projects RDF onto the property graph: papers and concepts become nodes, the vocabulary's
 * relations become edges weighted by the papers whose evidence supports them.
 *
 * <p>Edges come from {@code source}; classes, labels and evidence are looked up in {@code store}.
 * They are the same graph for a whole export, and differ for a CONSTRUCT query's result. Call
 * inside a read transaction on the store.
 */
public final class GraphProjection {

    private final Graph store;

    public GraphProjection(Graph store) {
        this.store = store;
    }

    /** The whole store. */
    public PropertyGraph project() {
        return project(store);
    }

    public PropertyGraph project(Graph source) {
        Support support = Support.read(store);
        Map<Node, NodeClass> classes = new LinkedHashMap<>();
        for (NodeClass nodeClass : NodeClass.values()) {
            source.find(Node.ANY, RDF.Nodes.type, nodeClass.rdfClass())
                    .forEach(t -> classes.putIfAbsent(t.getSubject(), nodeClass));
        }
        List<Triple> relations = new ArrayList<>();
        for (EdgeKind kind : EdgeKind.values()) {
            Iterator<Triple> found = source.find(Node.ANY, kind.predicate(), Node.ANY);
            while (found.hasNext()) {
                Triple t = found.next();
                Optional<NodeClass> from = classOf(t.getSubject(), classes);
                Optional<NodeClass> to = classOf(t.getObject(), classes);
                if (from.isPresent() && to.isPresent() && !t.getSubject().equals(t.getObject())) {
                    classes.putIfAbsent(t.getSubject(), from.get());
                    classes.putIfAbsent(t.getObject(), to.get());
                    relations.add(t);
                }
            }
        }
        Map<Node, Set<Node>> papersOf = new HashMap<>();
        for (Triple t : relations) {
            if (classes.get(t.getSubject()) == NodeClass.PAPER) {
                papersOf.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
            }
        }
        NodeIds ids = new NodeIds();
        List<GraphNode> nodes = new ArrayList<>();
        classes.forEach((node, nodeClass) -> {
            Set<Node> papers = new HashSet<>(papersOf.getOrDefault(node, Set.of()));
            papers.addAll(support.papersMentioning(node));
            int paperCount = nodeClass == NodeClass.PAPER ? 1 : papers.size();
            nodes.add(new GraphNode(ids.of(node), node.isURI() ? node.getURI() : node.toString(),
                    label(node, nodeClass), nodeClass, paperCount, support.evidenceCount(node)));
        });
        nodes.sort(Comparator.comparing((GraphNode n) -> n.nodeClass()).thenComparing(GraphNode::label)
                .thenComparing(GraphNode::id));
        Map<String, Integer> paperCounts = new HashMap<>();
        nodes.forEach(n -> paperCounts.put(n.id(), n.papers()));

        List<GraphEdge> edges = new ArrayList<>();
        for (Triple t : relations) {
            EdgeKind kind = EdgeKind.ofPredicate(t.getPredicate()).orElseThrow();
            String from = ids.of(t.getSubject());
            String to = ids.of(t.getObject());
            int weight;
            if (classes.get(t.getSubject()) == NodeClass.PAPER) {
                weight = 1;
            } else if (kind == EdgeKind.BROADER) {
                // A hierarchy link has no sentence of its own: the narrower concept's papers support it.
                weight = paperCounts.getOrDefault(from, 0);
            } else {
                weight = support.papersSupporting(t);
            }
            edges.add(new GraphEdge("", from, to, kind, Math.max(weight, 1)));
        }
        edges.sort(Comparator.comparing(GraphEdge::source).thenComparing(GraphEdge::kind)
                .thenComparing(GraphEdge::target));
        List<GraphEdge> numbered = new ArrayList<>(edges.size());
        for (GraphEdge e : edges) {
            numbered.add(new GraphEdge("e" + numbered.size(), e.source(), e.target(), e.kind(), e.weight()));
        }
        return new PropertyGraph(nodes, numbered);
    }

    private Optional<NodeClass> classOf(Node node, Map<Node, NodeClass> known) {
        NodeClass nodeClass = known.get(node);
        if (nodeClass != null) {
            return Optional.of(nodeClass);
        }
        Iterator<Triple> types = store.find(node, RDF.Nodes.type, Node.ANY);
        while (types.hasNext()) {
            Optional<NodeClass> found = NodeClass.ofRdfClass(types.next().getObject());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private String label(Node node, NodeClass nodeClass) {
        return NodeLabels.label(store, node, nodeClass == NodeClass.PAPER
                ? List.of(DCTerms.title.asNode(), RDFS.label.asNode())
                : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode()));
    }

    /** Evidence nodes read once: who supports which statement, and how often each node is mentioned. */
    private record Support(Map<Triple, Set<Node>> papersByStatement, Map<Node, Set<Node>> papersByObject,
                           Map<Node, Integer> evidenceByNode) {

        static Support read(Graph store) {
            Map<Triple, Set<Node>> byStatement = new HashMap<>();
            Map<Node, Set<Node>> byObject = new HashMap<>();
            Map<Node, Integer> counts = new HashMap<>();
            Iterator<Triple> evidence = store.find(Node.ANY, RDF.Nodes.type, PG.Evidence);
            while (evidence.hasNext()) {
                Node ev = evidence.next().getSubject();
                Node s = one(store, ev, RDF.Nodes.subject);
                Node p = one(store, ev, RDF.Nodes.predicate);
                Node o = one(store, ev, RDF.Nodes.object);
                Node paper = one(store, ev, PG.inPaper);
                if (s == null || p == null || o == null || paper == null) {
                    continue;
                }
                byStatement.computeIfAbsent(Triple.create(s, p, o), k -> new HashSet<>()).add(paper);
                byObject.computeIfAbsent(o, k -> new HashSet<>()).add(paper);
                counts.merge(o, 1, Integer::sum);
                counts.merge(paper, 1, Integer::sum);
            }
            return new Support(byStatement, byObject, counts);
        }

        int papersSupporting(Triple statement) {
            return papersByStatement.getOrDefault(statement, Set.of()).size();
        }

        Set<Node> papersMentioning(Node concept) {
            return papersByObject.getOrDefault(concept, Set.of());
        }

        int evidenceCount(Node node) {
            return evidenceByNode.getOrDefault(node, 0);
        }

        private static Node one(Graph graph, Node subject, Node predicate) {
            Iterator<Triple> found = graph.find(subject, predicate, Node.ANY);
            return found.hasNext() ? found.next().getObject() : null;
        }
    }

    /** Short ids from papergraph IRIs ("paper:2401-01234", "concept:curriculum-learning"), else "n1", "n2"... */
    private static final class NodeIds {
        private final Map<Node, String> ids = new HashMap<>();

        String of(Node node) {
            return ids.computeIfAbsent(node, n -> {
                if (n.isURI() && n.getURI().startsWith(Iris.PAPER_NS)) {
                    return "paper:" + n.getURI().substring(Iris.PAPER_NS.length());
                }
                if (n.isURI() && n.getURI().startsWith(Iris.CONCEPT_NS)) {
                    return "concept:" + n.getURI().substring(Iris.CONCEPT_NS.length());
                }
                return "n" + (ids.size() + 1);
            });
        }
    }
}
