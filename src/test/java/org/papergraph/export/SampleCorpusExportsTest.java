package org.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.SampleCorpus;

/** The projection of the sample corpus, whole and in parts, and its XML exports against the schemas. */
class SampleCorpusExportsTest {

    private final PaperStore store = SampleCorpus.store();
    private final PropertyGraphReader reader = new PropertyGraphReader(store.datasetGraph());

    @Test
    void wholeGraphHasPapersConceptsAndWeightedEdges() throws Exception {
        PropertyGraph graph = reader.read(GraphSelection.everything());
        long papers = graph.nodes().stream().filter(n -> n.nodeClass() == NodeClass.PAPER).count();
        assertEquals(store.stats().papers(), papers);
        assertTrue(graph.edges().stream().anyMatch(e -> e.kind() == EdgeKind.BROADER));
        assertTrue(graph.edges().stream().allMatch(e -> e.weight() >= 1));
        Set<String> ids = graph.nodesById().keySet();
        assertTrue(graph.edges().stream().allMatch(e -> ids.contains(e.source()) && ids.contains(e.target())));
        GraphExportsTest.validate(GraphExportsTest.write(new GexfWriter(), graph), "/xsd/gexf-1.3/gexf.xsd");
        GraphExportsTest.validate(GraphExportsTest.write(new GraphmlWriter(), graph), "/xsd/graphml-1.0/graphml.xsd");
    }

    @Test
    void neighbourhoodOfCurriculumLearningHoldsItsPapersAndMethods() {
        Set<String> seeds = reader.seeds(java.util.List.of("Curriculum Learning"));
        PropertyGraph near = reader.read(new GraphSelection(seeds, 1, Set.of(), 0));
        Set<String> labels = near.nodes().stream().map(GraphNode::label).collect(Collectors.toSet());
        assertTrue(labels.contains("curriculum learning"));
        assertTrue(labels.contains("PLATO-2: Towards Building an Open-Domain Chatbot via Curriculum Learning"), labels.toString());
        assertTrue(labels.contains("PLATO-2"), "a method that uses curriculum learning: " + labels);
        PropertyGraph papersOnly = reader.read(new GraphSelection(seeds, 1, Set.of(NodeClass.PAPER), 0));
        assertTrue(papersOnly.nodes().stream().allMatch(n -> n.nodeClass() == NodeClass.PAPER || n.label().equals("curriculum learning")));
    }

    @Test
    void minimumSupportDropsWeakEdges() {
        PropertyGraph strong = reader.read(new GraphSelection(Set.of(), 0, Set.of(), 2));
        assertFalse(strong.edges().isEmpty());
        assertTrue(strong.edges().stream().allMatch(e -> e.weight() >= 2));
        assertTrue(strong.nodes().stream().allMatch(n -> n.nodeClass() == NodeClass.PAPER || n.papers() >= 2));
    }

    @Test
    void constructQueryBecomesTheGraph() {
        Query construct = QueryFactory.create("""
                PREFIX pg: <https://w3id.org/papergraph/ontology#>
                CONSTRUCT { ?paper pg:addressesTask ?task } WHERE { ?paper a pg:Paper ; pg:addressesTask ?task }""");
        PropertyGraph graph = reader.read(construct, GraphSelection.everything(), 10_000);
        assertFalse(graph.edges().isEmpty());
        assertTrue(graph.edges().stream().allMatch(e -> e.kind() == EdgeKind.ADDRESSES_TASK));
        Set<String> endpoints = new java.util.HashSet<>();
        graph.edges().forEach(e -> { endpoints.add(e.source()); endpoints.add(e.target()); });
        assertEquals(endpoints, graph.nodesById().keySet(), "only what the CONSTRUCT returned");
        assertTrue(graph.nodes().stream().noneMatch(n -> n.label().startsWith("http")), "labels come from the store");
    }
}
