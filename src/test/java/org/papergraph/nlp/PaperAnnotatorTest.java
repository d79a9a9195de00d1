package org.papergraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaperAnnotatorTest {

    @Test
    void titlesAreTaggedInSentenceCaseKeepingNamesAndOffsets() {
        String title = "PLATO-2: Towards Building an Open-Domain Chatbot via Curriculum Learning";
        String cased = PaperAnnotator.sentenceCase(title);
        assertEquals("PLATO-2: Towards building an open-domain chatbot via curriculum learning", cased);
        assertEquals(title.length(), cased.length());
        assertEquals("Cyclical curriculum learning", PaperAnnotator.sentenceCase("Cyclical Curriculum Learning"));
        assertEquals("DexTrack: Towards generalizable neural tracking", PaperAnnotator.sentenceCase("DexTrack: Towards Generalizable Neural Tracking"));
    }
}
