package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WordClassesTest {

    @Test
    void wordsAreLookedUpInAnyCaseAndUnknownWordsShareOneClass() {
        assertNotEquals(WordClasses.UNKNOWN, WordClasses.of("the"));
        assertEquals(WordClasses.of("the"), WordClasses.of("The"));
        assertNotEquals(WordClasses.of("the"), WordClasses.of("parsing"));
        assertEquals(WordClasses.UNKNOWN, WordClasses.of("zqxjv-not-a-word"));
    }
}
