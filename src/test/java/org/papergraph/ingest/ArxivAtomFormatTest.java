package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arXiv API's Atom feed: ids with versions folded, wrapped titles, LaTeX, DOI and journal ref, bad entries reported. */
class ArxivAtomFormatTest {

    private final CollectingSink sink = CollectingSink.read(CollectingSink.fixture("atom/arxiv-query.atom.xml"));

    @Test
    void readsEveryEntryWithAnAbstractAndReportsTheOneWithout() {
        assertEquals(4, sink.papers.size());
        assertEquals(1, sink.problems.size());
        IngestProblem problem = sink.problems.get(0);
        assertEquals("arxiv-query.atom.xml", problem.file());
        assertEquals(133, problem.line(), "the line of the <entry> tag");
        assertTrue(problem.message().contains("no abstract"), problem.message());
    }

    @Test
    void entryIdBecomesAnUnversionedArxivIdentifierAndTheWrappedTitleIsJoined() {
        Paper paper = sink.titled("Dichotomy of Feature Learning");
        assertEquals("Dichotomy of Feature Learning and Unlearning: Fast-Slow Analysis on Neural Networks with "
                + "Stochastic Gradient Descent", paper.title());
        assertEquals(List.of("arXiv:2510.12345"), paper.identifiers());
        assertEquals(List.of("Shota Imai", "Sota Nishiyama", "Masaaki Imaizumi"), paper.authors());
        assertEquals("2025-10-14", paper.date().iso());
        assertEquals("2025-10-20", paper.revised().iso());
        assertEquals(List.of("stat.ML", "cs.LG"), paper.categories());
        assertTrue(paper.abstractText().startsWith("The dynamics of gradient-based training in neural networks often exhibit nontrivial"));
        assertEquals(new SourceLocation("arxiv-query.atom.xml", 10), paper.source());
    }

    @Test
    void bothVersionsOfAPaperCarryTheSameIdentifierSoTheBuildFoldsThem() {
        List<Paper> versions = sink.papers.stream().filter(p -> p.identifiers().contains("arXiv:2510.12345")).toList();
        assertEquals(2, versions.size());
        assertTrue(versions.get(0).revised().isAfter(versions.get(1).revised()), "v2 is newer than v1");
    }

    @Test
    void latexAndEntitiesAreDecodedButMathIsKept() {
        Paper paper = sink.titled("Schrödinger Bridges");
        assertEquals("Schrödinger Bridges for Generative Modelling: Theory & Practice", paper.title());
        assertTrue(paper.abstractText().contains("samples from two distributions $p_0$ and $p_1$"), paper.abstractText());
        assertTrue(paper.abstractText().contains("$\\mathrm{KL}$"), paper.abstractText());
        assertEquals(List.of("arXiv:2403.01234", "doi:10.1234/example.5678"), paper.identifiers());
        assertEquals("J. Mach. Learn. Res. 25 (2024) 1-40", paper.journalRef());
        assertEquals(List.of("Jürgen Müller", "María García"), paper.authors());
    }

    @Test
    void anApiErrorFeedIsReportedAsSuch() {
        CollectingSink error = CollectingSink.read(CollectingSink.fixture("errors/arxiv-api-error.atom.xml"));
        assertEquals(0, error.papers.size());
        assertEquals(1, error.problems.size());
        assertTrue(error.problems.get(0).message().contains("arXiv API returned an error"), error.problems.get(0).message());
    }
}
