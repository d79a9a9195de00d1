package org.papergraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.SciSpan;
import org.papergraph.extract.SciType;

class HeldOutSpanFileTest {

    @TempDir
    Path dir;

    /** Two documents: the first with two sentences (the second without spans), the second with one. */
    private static final List<List<List<SciSpan>>> SPANS = List.of(
            List.of(List.of(new SciSpan(0, 2, SciType.METHOD), new SciSpan(3, 4, SciType.TASK)), List.of()),
            List.of(List.of(new SciSpan(1, 5, SciType.OTHER_SCIENTIFIC_TERM))));

    @Test
    void spansWrittenUnderAKeyReadBackUnderTheSameKey() throws IOException {
        Path file = dir.resolve("spans.tsv");
        HeldOutSpanFile.write(file, "k1", SPANS);
        assertEquals(SPANS, HeldOutSpanFile.read(file, "k1", List.of(2, 1)).orElseThrow());
        assertTrue(HeldOutSpanFile.read(file, "k2", List.of(2, 1)).isEmpty(), "another key is not reused");
        assertTrue(HeldOutSpanFile.read(file, "k1", List.of(1)).isEmpty(), "spans of documents not given are not reused");
        assertTrue(HeldOutSpanFile.read(dir.resolve("absent.tsv"), "k1", List.of(2, 1)).isEmpty());
    }

    @Test
    void aDamagedFileIsNotReused() throws IOException {
        Path file = dir.resolve("spans.tsv");
        HeldOutSpanFile.write(file, "k1", SPANS);
        Files.writeString(file, Files.readString(file).replace("\tTask", "\tTas"), StandardCharsets.UTF_8);
        assertTrue(HeldOutSpanFile.read(file, "k1", List.of(2, 1)).isEmpty());
        Files.writeString(file, "# papergraph held-out spans v1 k1\n0\t0\tx\t2\tMethod\n", StandardCharsets.UTF_8);
        assertTrue(HeldOutSpanFile.read(file, "k1", List.of(2, 1)).isEmpty());
    }

    @Test
    void theKeyChangesWithTheTrainingFileTheSettingsTheFoldsAndTheThreshold() throws IOException {
        Path training = dir.resolve("train.json");
        Files.writeString(training, "{\"doc_key\": \"a\"}\n", StandardCharsets.UTF_8);
        Properties settings = new Properties();
        settings.setProperty("sigma", "1.0");
        String key = HeldOutSpanFile.key(training, settings, 5, 1, 0.3);
        assertEquals(key, HeldOutSpanFile.key(training, (Properties) settings.clone(), 5, 1, 0.3));
        assertNotEquals(key, HeldOutSpanFile.key(training, settings, 4, 1, 0.3));
        assertNotEquals(key, HeldOutSpanFile.key(training, settings, 5, 1, 0.25));
        assertNotEquals(key, HeldOutSpanFile.key(training, settings, 5, 2, 0.3));
        Properties other = new Properties();
        other.setProperty("sigma", "2.0");
        assertNotEquals(key, HeldOutSpanFile.key(training, other, 5, 1, 0.3));
        Files.writeString(training, "{\"doc_key\": \"b\"}\n", StandardCharsets.UTF_8);
        assertNotEquals(key, HeldOutSpanFile.key(training, settings, 5, 1, 0.3));
    }
}
