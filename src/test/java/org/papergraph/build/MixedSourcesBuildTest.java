package org.papergraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.rdf.PG;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.SampleCorpus;

/**
 * A directory mixing a seed listing, an Atom feed, a snapshot, a Zotero CSV and a BibTeX library, with
 * the same papers in several of them, built end to end into a real TDB2 store: each paper appears once,
 * with every source; a second build changes nothing; a newer snapshot updates papers in place.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MixedSourcesBuildTest {

    private static final String DICHOTOMY = "Dichotomy of Feature Learning and Unlearning: Fast-Slow Analysis on Neural "
            + "Networks with Stochastic Gradient Descent";

    @TempDir
    static Path root;
    private static Path inputs;
    private static PaperStore store;
    private static BuildSummary first;

    @BeforeAll
    static void build() throws IOException {
        inputs = Files.createDirectories(root.resolve("inputs"));
        Files.copy(SampleCorpus.seed("000"), inputs.resolve(SampleCorpus.seed("000").getFileName()));
        for (String fixture : List.of("atom/arxiv-query.atom.xml", "jsonl/arxiv-metadata-snapshot.jsonl",
                "csv/zotero-export.csv", "bibtex/library.bib")) {
            Path source = fixture(fixture);
            Files.copy(source, inputs.resolve(source.getFileName()));
        }
        store = PaperStore.open(root.resolve("db"));
        first = SampleCorpus.build(store, List.of(inputs));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void overlappingPapersAppearOnce() {
        assertEquals(Set.of(DICHOTOMY, "Mind to Hand: Purposeful Robotic Control via Embodied Reasoning",
                        "Attention Is All You Need", "Schrödinger Bridges for Generative Modelling: Theory & Practice",
                        "Sparse Point Supervision for Semantic Segmentation of Event Camera Streams",
                        "Non-Abelian Duality and $\\mathcal{N}=2$ Theories on the Lattice", "Data Cleansing for GANs",
                        "Curriculum Learning for Open-Domain Dialogue"),
                papers().stream().map(p -> value(p, DCTerms.title.asNode())).collect(Collectors.toSet()));
        assertEquals(8, first.store().papers());
        assertEquals(6, first.problemCount(), first.problems().toString());
    }

    @Test
    @Order(2)
    void aPaperFromFiveRecordsKeepsEverySourceTheNewestTextAndTheEarliestDate() {
        Node paper = paperTitled(DICHOTOMY);
        assertEquals(Set.of("000_a4f60943d682294e.txt:16", "arxiv-metadata-snapshot.jsonl:1", "arxiv-query.atom.xml:10",
                "arxiv-query.atom.xml:88", "library.bib:27"), values(paper, DCTerms.source.asNode()));
        assertTrue(values(paper, DCTerms.identifier.asNode()).contains("arXiv:2510.12345"));
        assertEquals(Set.of("Shota Imai", "Sota Nishiyama", "Masaaki Imaizumi"), values(paper, DCTerms.creator.asNode()));
        assertEquals("2025-10-14", value(paper, DCTerms.issued.asNode()));
        assertEquals(Set.of("stat.ML", "cs.LG"), values(paper, DCTerms.subject.asNode()));
    }

    @Test
    @Order(3)
    void identifiersOfEverySourceAreKeptAndTheLongestAuthorList() {
        Node attention = paperTitled("Attention Is All You Need");
        Set<String> identifiers = values(attention, DCTerms.identifier.asNode());
        assertTrue(identifiers.containsAll(Set.of("arXiv:1706.03762", "doi:10.48550/arxiv.1706.03762")), identifiers.toString());
        assertEquals(8, values(attention, DCTerms.creator.asNode()).size(), "the CSV lists four; the snapshot all eight");
        assertEquals(4, values(attention, DCTerms.source.asNode()).size());
        assertEquals("2017-06-12", value(attention, DCTerms.issued.asNode()));

        Node bridges = paperTitled("Schrödinger Bridges for Generative Modelling: Theory & Practice");
        assertEquals(Set.of("arxiv-query.atom.xml:107", "library.bib:17", "zotero-export.csv:4"),
                values(bridges, DCTerms.source.asNode()), "DOI match (BibTeX) and title match (CSV)");
        assertEquals("J. Mach. Learn. Res. 25 (2024) 1-40", value(bridges, DCTerms.bibliographicCitation.asNode()));
    }

    @Test
    @Order(4)
    void buildingTheSameInputAgainLeavesIdenticalQuads() throws IOException {
        String before = dump();
        BuildSummary again = SampleCorpus.build(store, List.of(inputs));
        assertEquals(0, again.added());
        assertEquals(0, again.updated());
        assertEquals(before, dump());
    }

    @Test
    @Order(5)
    void aNewerSnapshotUpdatesPapersInPlace() throws IOException {
        Path snapshot = inputs.resolve("arxiv-metadata-snapshot.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(snapshot));
        String attention = lines.remove(1)
                .replace("The dominant sequence transduction models", "The dominant sequence transduction models of 2017")
                .replace("\"update_date\": \"2023-08-03\"", "\"update_date\": \"2024-02-01\"");
        lines.add(0, attention);
        Files.write(snapshot, lines);

        BuildSummary update = SampleCorpus.build(store, List.of(inputs));
        assertEquals(0, update.added());
        assertEquals(8, update.store().papers());
        Node paper = paperTitled("Attention Is All You Need");
        assertTrue(value(paper, DCTerms.abstract_.asNode()).startsWith("The dominant sequence transduction models of 2017"));
        Set<String> sources = values(paper, DCTerms.source.asNode());
        assertTrue(sources.contains("arxiv-metadata-snapshot.jsonl:1") && !sources.contains("arxiv-metadata-snapshot.jsonl:2"),
                "the old snapshot line is replaced, not kept beside: " + sources);
        assertEquals(Set.of("000_a4f60943d682294e.txt:16", "arxiv-metadata-snapshot.jsonl:2", "arxiv-query.atom.xml:10",
                "arxiv-query.atom.xml:88", "library.bib:27"), values(paperTitled(DICHOTOMY), DCTerms.source.asNode()));
    }

    private static Path fixture(String relative) {
        return SampleCorpus.home().resolve("src/test/resources/ingest").resolve(relative);
    }

    private static List<Node> papers() {
        return store.read(dsg -> {
            List<Node> papers = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, PG.Paper).forEachRemaining(q -> papers.add(q.getSubject()));
            return papers;
        });
    }

    private static Node paperTitled(String title) {
        List<Node> found = store.read(dsg -> {
            List<Node> subjects = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, DCTerms.title.asNode(), NodeFactory.createLiteralString(title))
                    .forEachRemaining(q -> subjects.add(q.getSubject()));
            return subjects;
        });
        assertEquals(1, found.size(), "papers titled " + title);
        return found.get(0);
    }

    private static Set<String> values(Node subject, Node predicate) {
        return store.read(dsg -> {
            Set<String> values = new TreeSet<>();
            dsg.find(Node.ANY, subject, predicate, Node.ANY).forEachRemaining(q -> values.add(q.getObject().getLiteralLexicalForm()));
            return values;
        });
    }

    private static String value(Node subject, Node predicate) {
        Set<String> values = values(subject, predicate);
        assertEquals(1, values.size(), predicate + " of " + subject + ": " + values);
        return values.iterator().next();
    }

    /** Every quad of the store as sorted N-Quads lines. */
    private static String dump() {
        return store.read(dsg -> {
            TreeSet<String> lines = new TreeSet<>();
            dsg.find().forEachRemaining(q -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.writeQuads(out, List.<Quad>of(q).iterator());
                lines.add(out.toString(StandardCharsets.UTF_8));
            });
            return String.join("", lines);
        });
    }
}
