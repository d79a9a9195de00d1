package org.papergraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {

    /** Two kinds of words in two kinds of contexts: the classes follow the contexts. */
    @Test
    void wordsOfTheSameContextsShareAClass() {
        List<List<String>> sentences = new ArrayList<>();
        String[] systems = {"parser", "tagger", "classifier", "recognizer"};
        String[] measures = {"accuracy", "precision", "recall", "F-score"};
        for (int i = 0; i < 40; i++) {
            sentences.add(List.of("we", "train", "a", systems[i % 4], "on", "the", "corpus"));
            sentences.add(List.of("its", measures[i % 4], "is", "high"));
        }
        Map<String, Integer> classes = WordClusters.induce(sentences, 6, 2, 20);
        for (String s : systems) {
            assertEquals(classes.get("parser"), classes.get(s), s);
        }
        for (String m : measures) {
            assertEquals(classes.get("accuracy"), classes.get(m.toLowerCase()), m);
        }
        assertNotEquals(classes.get("parser"), classes.get("accuracy"));
        assertFalse(classes.containsKey(WordClusters.BOUNDARY));
    }

    @Test
    void wordsSeenFewerThanMinCountTimesGetNoClass() {
        Map<String, Integer> classes = WordClusters.induce(List.of(List.of("a", "b", "a"), List.of("a", "c")), 2, 2, 5);
        assertEquals(Map.of("a", classes.get("a")), classes);
    }
}
