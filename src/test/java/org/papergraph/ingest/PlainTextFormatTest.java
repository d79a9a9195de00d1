package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.testing.SampleCorpus;

/** A directory of .txt abstracts: title line when there is one, paragraphs joined; never confused with the listings. */
class PlainTextFormatTest {

    private final CollectingSink sink = CollectingSink.read(CollectingSink.fixture("text"));

    @Test
    void eachFileIsOnePaper() {
        assertEquals(3, sink.papers.size());
        assertEquals(List.of(), sink.problems);
    }

    @Test
    void aTitleWrappedOverTwoLinesAndTwoParagraphs() {
        Paper paper = sink.titled("Towards Understanding Grokking");
        assertEquals("Towards Understanding Grokking: An Effective Theory of Representation Learning", paper.title());
        assertTrue(paper.abstractText().startsWith("We aim to understand grokking"));
        assertTrue(paper.abstractText().endsWith("effective theory in a toy setting."), "both paragraphs kept");
    }

    @Test
    void withoutATitleLineTheFileNameIsTheTitle() {
        Paper paper = sink.titled("curriculum learning notes");
        assertTrue(paper.abstractText().startsWith("We study curriculum learning"));
    }

    @Test
    void aTitleAndOneAbstractLineIsPlainTextNotAListing() throws IOException {
        InputFile file = new InputFile(CollectingSink.fixture("text/one-line-title.txt"));
        assertEquals("text", FormatDetector.standard(IngestLimits.DEFAULT).detect(file).orElseThrow().name());
        assertEquals("Mind to Hand: Purposeful Robotic Control via Embodied Reasoning", sink.titled("Mind to Hand").title());
    }

    @Test
    void theSeedListingsAreStillDetectedAsListings() throws IOException {
        FormatDetector detector = FormatDetector.standard(IngestLimits.DEFAULT);
        assertEquals("arxiv-listing", detector.detect(new InputFile(SampleCorpus.seed("000"))).orElseThrow().name());
        assertEquals("title-abstract-listing", detector.detect(new InputFile(SampleCorpus.seed("001"))).orElseThrow().name());
        assertEquals("huggingface-listing", detector.detect(new InputFile(SampleCorpus.seed("002"))).orElseThrow().name());
        assertEquals("huggingface-listing", detector.detect(new InputFile(SampleCorpus.seed("003"))).orElseThrow().name());
    }
}
