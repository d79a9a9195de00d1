package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BibTeX from Zotero, Mendeley, arXiv and Google Scholar: accents decoded, ids found, entries without abstract reported. */
class BibtexFormatTest {

    private final CollectingSink sink = CollectingSink.read(CollectingSink.fixture("bibtex/library.bib"));

    @Test
    void entriesWithAbstractsBecomePapers() {
        assertEquals(List.of("Attention Is All You Need",
                        "Schrödinger Bridges for Generative Modelling: Theory & Practice",
                        "Dichotomy of Feature Learning and Unlearning: Fast-Slow Analysis on Neural Networks with Stochastic Gradient Descent",
                        "Curriculum Learning for Open-Domain Dialogue"),
                sink.papers.stream().map(Paper::title).toList());
    }

    @Test
    void zoteroEntryKeepsUrlAndDoiAsIdentifiersAndMonthMacro() {
        Paper paper = sink.titled("Attention");
        assertEquals(List.of("arXiv:1706.03762", "doi:10.48550/arxiv.1706.03762"), paper.identifiers().stream().sorted().toList());
        assertEquals("2017-06", paper.date().iso());
        assertEquals(8, paper.authors().size());
        assertEquals("Aidan N. Gomez", paper.authors().get(5));
        assertEquals(new SourceLocation("library.bib", 3), paper.source());
    }

    @Test
    void mendeleyAccentsAreDecoded() {
        Paper paper = sink.titled("Schrödinger");
        assertEquals(List.of("Jürgen Müller", "María García"), paper.authors());
        assertEquals(List.of("doi:10.1234/example.5678"), paper.identifiers());
        assertTrue(paper.abstractText().startsWith("We revisit Schrödinger bridges"), paper.abstractText());
        assertEquals("Journal of Machine Learning Research", paper.journalRef());
        assertEquals(List.of("Ayşe Öztürk", "Ivan Benšić"), sink.titled("Curriculum").authors());
        assertTrue(sink.titled("Curriculum").abstractText().contains("conversations—and show"));
        assertEquals("2023-03", sink.titled("Curriculum").date().iso());
    }

    @Test
    void arxivExportEprintIsTheIdentifier() {
        Paper paper = sink.titled("Dichotomy");
        assertEquals(List.of("arXiv:2510.12345"), paper.identifiers());
        assertEquals(List.of("stat.ML"), paper.categories());
    }

    @Test
    void scholarEntryWithoutAbstractAndBrokenEntryAreReportedByLine() {
        assertEquals(2, sink.problems.size(), sink.problems.toString());
        assertEquals(38, sink.problems.get(0).line());
        assertTrue(sink.problems.get(0).message().contains("he2016deep has no abstract"), sink.problems.get(0).message());
        assertEquals(46, sink.problems.get(1).line());
        assertTrue(sink.problems.get(1).message().contains("cannot be parsed"), sink.problems.get(1).message());
    }
}
