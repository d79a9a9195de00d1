package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats are told apart by content; a file no format matches is an error naming it. */
class FormatDetectorTest {

    private final FormatDetector detector = FormatDetector.standard(IngestLimits.DEFAULT);

    @Test
    void eachFixtureIsDetectedAsItsFormat() throws IOException {
        assertEquals("arxiv-atom", name("atom/arxiv-query.atom.xml"));
        assertEquals("arxiv-jsonl", name("jsonl/arxiv-metadata-snapshot.jsonl"));
        assertEquals("csv", name("csv/zotero-export.csv"));
        assertEquals("tsv", name("csv/papers.tsv"));
        assertEquals("bibtex", name("bibtex/library.bib"));
        assertEquals("text", name("text/grokking-abstract.txt"));
    }

    @Test
    void aFileNoFormatMatchesIsReportedByName(@TempDir Path dir) throws IOException {
        Path numbers = dir.resolve("numbers.dat");
        Files.writeString(numbers, "1 2 3\n4 5 6\n");
        CollectingSink sink = CollectingSink.read(numbers);
        assertEquals(List.of(), sink.papers);
        assertEquals("numbers.dat", sink.problems.get(0).file());
        assertTrue(sink.problems.get(0).message().contains("no known format matches"));
    }

    @Test
    void forcingAFormatSkipsDetection() throws IOException {
        CollectingSink sink = new CollectingSink();
        new InputReader(detector, "text").read(List.of(CollectingSink.fixture("text/one-line-title.txt")), sink);
        assertEquals(1, sink.papers.size());
    }

    private String name(String fixture) throws IOException {
        return detector.detect(new InputFile(CollectingSink.fixture(fixture))).orElseThrow().name();
    }
}
