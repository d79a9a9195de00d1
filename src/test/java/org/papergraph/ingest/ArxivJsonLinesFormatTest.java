package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arXiv metadata snapshot: one record per line, authors_parsed, versions, LaTeX; bad lines reported by number. */
class ArxivJsonLinesFormatTest {

    private static final Path SNAPSHOT = CollectingSink.fixture("jsonl/arxiv-metadata-snapshot.jsonl");

    private final CollectingSink sink = CollectingSink.read(SNAPSHOT);

    @Test
    void readsGoodLinesAndReportsBadOnesWithTheirLineNumber() {
        assertEquals(4, sink.papers.size());
        assertEquals(List.of(4, 5), sink.problems.stream().map(IngestProblem::line).toList());
        assertTrue(sink.problems.get(0).message().contains("not valid JSON"), sink.problems.get(0).message());
        assertTrue(sink.problems.get(1).message().contains("no abstract"), sink.problems.get(1).message());
        assertEquals("arxiv-metadata-snapshot.jsonl:4: " + sink.problems.get(0).message(), sink.problems.get(0).toString());
    }

    @Test
    void firstVersionIsThePublicationDateAndTheLastTheRevision() {
        Paper paper = sink.titled("Attention Is All You Need");
        assertEquals(List.of("arXiv:1706.03762"), paper.identifiers());
        assertEquals("2017-06-12", paper.date().iso());
        assertEquals("2023-08-03", paper.revised().iso(), "update_date is later than the last version");
        assertEquals(8, paper.authors().size());
        assertEquals("Aidan N. Gomez", paper.authors().get(5));
        assertEquals(List.of("cs.CL", "cs.LG"), paper.categories());
        assertEquals(new SourceLocation("arxiv-metadata-snapshot.jsonl", 2), paper.source());
        assertTrue(paper.abstractText().startsWith("The dominant sequence transduction models are based on complex recurrent or convolutional"));
    }

    @Test
    void oldStyleIdsLatexAuthorsDoiAndJournalRef() {
        Paper paper = sink.titled("Non-Abelian Duality");
        assertEquals("Non-Abelian Duality and $\\mathcal{N}=2$ Theories on the Lattice", paper.title());
        assertEquals(List.of("arXiv:hep-th/9901001", "doi:10.1016/s0550-3213(99)00123-4"), paper.identifiers());
        assertEquals(List.of("J. García-Pérez", "R. Müller"), paper.authors());
        assertEquals("Nucl. Phys. B 550 (1999) 123-145", paper.journalRef());
        assertTrue(paper.abstractText().contains("Seiberg–Witten curve"), paper.abstractText());
        assertTrue(paper.abstractText().contains("following García's construction"), paper.abstractText());
        assertEquals("1999-01-01", paper.date().iso());
    }

    @Test
    void gzipIsRecognisedFromContent(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("snapshot.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(SNAPSHOT, out);
        }
        CollectingSink fromGzip = CollectingSink.read(gz);
        assertEquals(sink.papers.stream().map(Paper::title).toList(), fromGzip.papers.stream().map(Paper::title).toList());
        assertEquals("snapshot.jsonl.gz", fromGzip.papers.get(0).source().file());
    }

    @Test
    void categoryFilterAndLimitApplyToTheStream() throws IOException {
        CollectingSink filtered = new CollectingSink();
        new InputReader(FormatDetector.standard(IngestLimits.DEFAULT), null, new PaperFilter(1, "cs.LG"))
                .read(List.of(SNAPSHOT), filtered);
        assertEquals(List.of("arXiv:2510.12345"), filtered.papers.get(0).identifiers());
        assertEquals(1, filtered.papers.size());

        CollectingSink vision = new CollectingSink();
        new InputReader(FormatDetector.standard(IngestLimits.DEFAULT), null, new PaperFilter(0, "cs.CV"))
                .read(List.of(SNAPSHOT), vision);
        assertEquals(1, vision.papers.size());
        assertNull(vision.papers.get(0).journalRef());
    }

    @Test
    void anOverlongLineIsReportedNotHeld(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.jsonl");
        String good = Files.readAllLines(SNAPSHOT).get(1);
        Files.writeString(file, good + "\n{\"id\": \"1\", \"abstract\": \"" + "x".repeat(5000) + "\"}\n" + good + "\n");
        CollectingSink longLines = new CollectingSink();
        new InputReader(FormatDetector.standard(new IngestLimits(20_000, 2_000))).read(List.of(file), longLines);
        assertEquals(2, longLines.papers.size());
        assertEquals(2, longLines.problems.get(0).line());
        assertTrue(longLines.problems.get(0).message().contains("--max-line-chars"));
    }
}
