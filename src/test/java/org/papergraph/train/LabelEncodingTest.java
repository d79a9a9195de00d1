package org.papergraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LabelEncodingTest {

    private static List<String> labels(LabelEncoding encoding, int length) {
        return IntStream.range(0, length).mapToObj(i -> encoding.label("Task", i, length)).toList();
    }

    @Test
    void eachEncodingMarksAMentionsTokens() {
        assertEquals(List.of("Task", "Task", "Task"), labels(LabelEncoding.IO, 3));
        assertEquals(List.of("B-Task", "I-Task", "I-Task"), labels(LabelEncoding.IOB2, 3));
        assertEquals(List.of("B-Task", "I-Task", "E-Task"), labels(LabelEncoding.BIOES, 3));
        assertEquals(List.of("B-Task", "E-Task"), labels(LabelEncoding.BIOES, 2));
        assertEquals(List.of("S-Task"), labels(LabelEncoding.BIOES, 1));
        assertEquals(List.of("B-Task"), labels(LabelEncoding.IOB2, 1));
    }

    @Test
    void settingsNameAnEncodingInAnyCase() {
        assertEquals(LabelEncoding.BIOES, LabelEncoding.of(" bioes "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelEncoding.of("BILOU"));
        assertTrue(e.getMessage().contains("BILOU") && e.getMessage().contains("IO, IOB2 or BIOES"), e.getMessage());
    }
}
