package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables with a header: columns by name, quoted multi-line cells, Zotero's author style, TSV too. */
class CsvFormatTest {

    @Test
    void zoteroExportColumnsAreFoundByName() {
        CollectingSink sink = CollectingSink.read(CollectingSink.fixture("csv/zotero-export.csv"));
        assertEquals(3, sink.papers.size());
        Paper attention = sink.titled("Attention Is All You Need");
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"), attention.authors());
        assertEquals(List.of("arXiv:1706.03762"), attention.identifiers());
        assertEquals("2017-06-12", attention.date().iso());
        assertTrue(attention.abstractText().contains("encoder-decoder configuration. We propose"),
                "the quoted cell spans two lines, joined: " + attention.abstractText());
        assertEquals(new SourceLocation("zotero-export.csv", 2), attention.source());

        Paper bridges = sink.titled("Schrödinger");
        assertEquals("Schrödinger Bridges for Generative Modelling: Theory & Practice", bridges.title(), "&amp; decoded");
        assertEquals("2024", bridges.date().iso());
        assertEquals(List.of(), bridges.identifiers());

        assertEquals(List.of("doi:10.1109/tnnls.2024.0000000"), sink.titled("Data Cleansing for GANs").identifiers());
    }

    @Test
    void aRowWithoutAbstractIsReportedWithItsLine() {
        CollectingSink sink = CollectingSink.read(CollectingSink.fixture("csv/zotero-export.csv"));
        assertEquals(1, sink.problems.size());
        assertEquals(5, sink.problems.get(0).line(), "the row after a two-line cell starts on line 5");
    }

    @Test
    void tabSeparatedWithArxivIdColumn() {
        CollectingSink sink = CollectingSink.read(CollectingSink.fixture("csv/papers.tsv"));
        assertEquals(2, sink.papers.size());
        Paper sparse = sink.titled("Sparse Point Supervision");
        assertEquals(List.of("arXiv:2101.00099"), sparse.identifiers());
        assertEquals(List.of("Li Wei", "Zhang Hao"), sparse.authors());
        assertEquals("2021", sparse.date().iso());
        assertEquals(List.of("A. Smith", "B. Jones"), sink.titled("Curriculum Learning").authors());
    }

    @Test
    void anUnclosedQuoteStopsTheFileWithALineAndKeepsEarlierRows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, """
                title,abstract
                Good Paper,"We propose a method for curriculum learning that orders training examples from easy to hard and improves accuracy."
                Bad Paper,"This quote is never closed and the rest of the table is swallowed by it until the end of the file
                """);
        CollectingSink sink = CollectingSink.read(file);
        assertEquals(List.of("Good Paper"), sink.papers.stream().map(Paper::title).toList());
        assertEquals(1, sink.problems.size());
        assertEquals(3, sink.problems.get(0).line());
        assertTrue(sink.problems.get(0).message().contains("unclosed quote"), sink.problems.get(0).message());
    }
}
