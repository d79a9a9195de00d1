package org.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.PaperGraphCheck;
import org.papergraph.testing.SampleCorpus;

/**
 * Exports parse back with Jena to exactly what the store holds. The graph has no blank nodes, so
 * isomorphism is equality of the sets of quads (checked as such, which is also fast).
 */
class RdfExportTest {

    private static byte[] export(PaperStore store, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RdfExporter(store).write(format, out);
        return out.toByteArray();
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        Set<Quad> quads = new HashSet<>();
        dsg.find().forEachRemaining(quads::add);
        return quads;
    }

    private static Set<Quad> storedQuads(PaperStore store) {
        Set<Quad> quads = PaperGraphCheck.allQuads(store);
        assertFalse(quads.stream().anyMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()), "no blank nodes");
        return quads;
    }

    private static Set<Quad> parse(byte[] bytes, Lang lang) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(parsed);
        return quads(parsed);
    }

    @Test
    void turtleIsTheUnionGraphWithReadablePrefixes() {
        PaperStore store = SampleCorpus.store();
        byte[] bytes = export(store, ExportFormat.TURTLE);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("PREFIX pg:") || text.contains("@prefix pg:"), "pg prefix declared");
        assertTrue(text.contains("pg:usesMethod"), "relations written with the prefix");

        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).parse(parsed);
        Set<Triple> union = new HashSet<>();
        storedQuads(store).forEach(q -> union.add(q.asTriple()));
        Set<Triple> exported = new HashSet<>(parsed.find().toList());
        assertEquals(union.size(), parsed.size(), "no triple written twice or lost");
        assertEquals(union, exported);
    }

    @Test
    void trigAndNquadsKeepEveryNamedGraph() {
        PaperStore store = SampleCorpus.store();
        Set<Quad> stored = storedQuads(store);
        assertEquals(stored, parse(export(store, ExportFormat.TRIG), Lang.TRIG));
        assertEquals(stored, parse(export(store, ExportFormat.NQUADS), Lang.NQUADS));
    }

    @Test
    void jsonLdKeepsEveryNamedGraph(@TempDir Path dir) throws IOException {
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            SampleCorpus.build(store, List.of(SampleCorpus.seed("000_")));
            Set<Quad> stored = storedQuads(store);
            assertEquals(stored, parse(export(store, ExportFormat.JSONLD), Lang.JSONLD));
        }
    }
}
