package org.papergraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.PaperIds;
import org.papergraph.rdf.Iris;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.PaperGraphCheck;
import org.papergraph.testing.SampleCorpus;

/** Building is idempotent and incremental, on a real TDB2 directory. */
class IncrementalBuildTest {

    @Test
    void buildingTheSameInputTwiceLeavesExactlyTheSameQuads(@TempDir Path dir) throws IOException {
        Path input = SampleCorpus.seed("002_");
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            BuildSummary first = SampleCorpus.build(store, List.of(input));
            Set<Quad> before = PaperGraphCheck.allQuads(store);
            BuildSummary second = SampleCorpus.build(store, List.of(input));
            Set<Quad> after = PaperGraphCheck.allQuads(store);

            assertEquals(36, first.added());
            assertEquals(0, second.added());
            assertEquals(36, second.unchanged());
            assertEquals(before.size(), after.size());
            assertEquals(before, after);
            assertEquals(first.store().quads(), second.store().quads());
        }
    }

    @Test
    void aChangedAbstractReplacesThatPapersGraphOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("listing.txt");
        List<String> lines = Files.readAllLines(SampleCorpus.seed("001_"));
        Files.write(file, lines.subList(0, 12));
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            SampleCorpus.build(store, List.of(file));
            String title = lines.get(2).replaceFirst("^Subscribe", "");
            Node graph = Iris.paperGraph(PaperIds.fromTitle(title));
            Set<Quad> otherBefore = PaperGraphCheck.allQuads(store);
            otherBefore.removeIf(q -> q.getGraph().equals(graph) || !Iris.isPaperGraph(q.getGraph()));

            lines.set(3, lines.get(3).replace("We aim to understand grokking", "We aim to explain grokking with contrastive learning"));
            Files.write(file, lines.subList(0, 12));
            BuildSummary summary = SampleCorpus.build(store, List.of(file));

            assertEquals(1, summary.updated());
            assertEquals(4, summary.unchanged());
            Set<Quad> otherAfter = PaperGraphCheck.allQuads(store);
            otherAfter.removeIf(q -> q.getGraph().equals(graph) || !Iris.isPaperGraph(q.getGraph()));
            assertEquals(otherBefore, otherAfter);
            String storedAbstract = store.read(dsg -> dsg.find(graph, Node.ANY, DCTerms.abstract_.asNode(), Node.ANY)
                    .next().getObject().getLiteralLexicalForm());
            assertTrue(storedAbstract.contains("explain grokking with contrastive learning"));
            assertFalse(storedAbstract.contains("understand grokking"));
        }
    }

    @Test
    void aDuplicateListingAddsItsSourceToTheOnePaper() {
        String teacher = "Teacher algorithms for curriculum learning of Deep RL in continuously parameterized environments";
        Node paper = Iris.paper(PaperIds.fromTitle(teacher));
        List<String> sources = SampleCorpus.store().read(dsg -> {
            List<String> found = new java.util.ArrayList<>();
            dsg.find(Node.ANY, paper, DCTerms.source.asNode(), Node.ANY)
                    .forEachRemaining(q -> found.add(q.getObject().getLiteralLexicalForm()));
            return found;
        });
        assertEquals(2, sources.size(), sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("002_")));
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("003_")));
        BuildSummary summary = SampleCorpus.summary();
        assertEquals(198, summary.store().papers());
        assertEquals(7, summary.duplicates());
        assertEquals(205, summary.records());
        assertEquals(198, summary.added(), "a first build adds every paper once");
        assertEquals(0, summary.updated());
    }
}
