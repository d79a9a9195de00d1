package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.papergraph.testing.QueryResults;
import org.papergraph.testing.SampleCorpus;

/** Named queries use the hierarchy and acronyms on the sample corpus; no concept is split by spelling. */
class HierarchyQueriesTest {

    private final DatasetGraph store = SampleCorpus.store().datasetGraph();

    private List<String> papersUsing(String method) {
        return QueryResults.column(QueryResults.named(store, "papers-using-method", Map.of("method", method)), "title");
    }

    @Test
    void narrowerVariantsCountAsUsesOfTheBroaderMethod() {
        assertTrue(papersUsing("curriculum learning").containsAll(List.of(
                "Cyclical Curriculum Learning",
                "Improving Imbalanced Text Classification with Dynamic Curriculum Learning")));
        assertTrue(papersUsing("reinforcement learning").contains(
                "Discovering Temporally-Aware Reinforcement Learning Algorithms"));
        assertTrue(papersUsing("contrastive learning").contains(
                "Finding Meaning in Points: Weakly Supervised Semantic Segmentation for Event Cameras"));
        assertTrue(papersUsing("continual learning").contains(
                "A Comprehensive Survey of Continual Learning: Theory, Method and Application"));
        assertTrue(papersUsing("knowledge distillation").size() >= 2, papersUsing("knowledge distillation").toString());
    }

    @Test
    void anAcronymFindsTheSamePapersAsTheName() {
        assertEquals(papersUsing("large language model"), papersUsing("LLM"));
        assertEquals(papersUsing("reinforcement learning"), papersUsing("RL"));
        assertTrue(papersUsing("LLMs").size() >= 20, "LLM papers: " + papersUsing("LLMs").size());
    }

    @Test
    void noTwoConceptsDifferOnlyByCasePluralOrHyphen() {
        Map<String, Set<String>> byFolded = new HashMap<>();
        Txn.executeRead(store, () -> {
            try (QueryExec exec = QueryExec.dataset(store).query(QueryFactory.create(
                    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?c ?l WHERE { ?c skos:prefLabel ?l }")).build()) {
                exec.select().forEachRemaining(row -> {
                    String folded = row.get("l").getLiteralLexicalForm().toLowerCase().replaceAll("[-\\s]+", " ").replaceAll("s$", "");
                    byFolded.computeIfAbsent(folded, k -> new TreeSet<>()).add(row.get("c").getURI());
                });
            }
        });
        byFolded.forEach((folded, concepts) -> assertEquals(1, concepts.size(), folded + " -> " + concepts));
    }

    @Test
    void theConceptTreePutsVariantsUnderTheirHead() {
        ConceptTree tree = ConceptTree.read(store);
        ConceptTree.Entry curriculum = tree.find("curriculum learning").orElseThrow();
        Set<String> narrower = new TreeSet<>();
        curriculum.narrower().forEach(e -> narrower.add(e.label()));
        assertTrue(narrower.contains("cyclical curriculum learning"), narrower.toString());
        assertTrue(narrower.contains("dynamic curriculum learning"), narrower.toString());
        Set<Node> papers = tree.papersUnder(curriculum);
        assertTrue(papers.size() >= papersUsing("curriculum learning").size() - 1, papers.size() + " papers");
    }
}
