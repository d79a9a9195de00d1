package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.PaperStore;

/**
 * Confidences are written in the form TDB2 reads them back in: TDB2 keeps a decimal by value, and a
 * quad written as "0.50" is read as "0.5" and then survives the delete that replaces its paper's graph.
 */
class DecimalLiteralTest {

    private static final double[] VALUES = {0.5, 0.7, 1.0, 0.0, 0.85, 0.333, 0.995};

    @Test
    void confidencesAreCanonical() {
        List<String> forms = new ArrayList<>();
        for (double value : VALUES) {
            forms.add(PaperQuads.decimal(value).getLiteralLexicalForm());
        }
        assertEquals(List.of("0.5", "0.7", "1.0", "0.0", "0.85", "0.33", "1.0"), forms);
    }

    @Test
    void replacingAGraphLeavesNoConfidenceBehind(@TempDir Path dir) {
        Node graph = NodeFactory.createURI("https://example.org/graph/paper/x");
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < VALUES.length; i++) {
            Node evidence = NodeFactory.createURI("https://example.org/evidence/x-" + i);
            quads.add(Quad.create(graph, evidence, PG.confidence, PaperQuads.decimal(VALUES[i])));
        }
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            store.replaceGraphs(Map.of(graph, quads));
            List<String> readBack = store.read(dsg -> {
                List<String> forms = new ArrayList<>();
                dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> forms.add(q.getObject().getLiteralLexicalForm()));
                return forms;
            });
            assertEquals(VALUES.length, readBack.size());
            for (Quad quad : quads) {
                assertEquals(true, readBack.contains(quad.getObject().getLiteralLexicalForm()), "read back as written: " + quad);
            }

            store.replaceGraphs(Map.of(graph, List.of()));
            long left = store.read(dsg -> {
                long[] n = {0};
                dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
                return n[0];
            });
            assertEquals(0, left, "every quad of the replaced graph is gone");
        }
    }
}
