package org.papergraph.train;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.papergraph.extract.SciSpan;
import org.papergraph.extract.SciType;
import org.papergraph.ingest.PaperIds;

/**
 * Keeps the held-out entity spans of {@link HeldOutSpans} in a file, so that retraining the relation
 * classifier with other settings takes a minute instead of retraining every fold's entity tagger. The
 * file's first line names what the spans were computed from (a digest of the training file, the entity
 * settings, the fold count, the draw and the span threshold); spans computed from anything else are not reused.
 * One span per line: document, sentence, first token, token after the last, type.
 */
public final class HeldOutSpanFile {

    private static final String HEADER = "# papergraph held-out spans v1 ";

    private HeldOutSpanFile() {
    }

    /** What the spans depend on, as a hex digest. */
    public static String key(Path training, Properties entitySettings, int folds, int draw, double spanThreshold)
            throws IOException {
        // Settings sorted, so the key does not depend on the order of the settings file's lines.
        return PaperIds.sha256Hex(String.join("\u0001", Files.readString(training, StandardCharsets.UTF_8),
                new TreeMap<>(entitySettings).toString(), Integer.toString(folds), Integer.toString(draw),
                Double.toString(spanThreshold)));
    }

    /**
     * @param sentenceCounts per document, its number of sentences
     * @return the spans, if the file exists and was written for {@code key} and these documents
     */
    public static Optional<List<List<List<SciSpan>>>> read(Path file, String key, List<Integer> sentenceCounts)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<List<List<SciSpan>>> spans = new ArrayList<>();
        for (int count : sentenceCounts) {
            List<List<SciSpan>> document = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                document.add(new ArrayList<>());
            }
            spans.add(document);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!(HEADER + key).equals(in.readLine())) {
                return Optional.empty();
            }
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (f.length != 5) {
                    return Optional.empty();
                }
                int document = Integer.parseInt(f[0]);
                int sentence = Integer.parseInt(f[1]);
                Optional<SciType> type = SciType.fromLabel(f[4]);
                if (document >= spans.size() || sentence >= spans.get(document).size() || type.isEmpty()) {
                    return Optional.empty();
                }
                spans.get(document).get(sentence).add(new SciSpan(Integer.parseInt(f[2]), Integer.parseInt(f[3]), type.get()));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(spans);
    }

    /** Writes the spans under {@code key}, replacing the file only once it is complete. */
    public static void write(Path file, String key, List<List<List<SciSpan>>> spans) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".partial");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write(HEADER + key + "\n");
            for (int d = 0; d < spans.size(); d++) {
                for (int s = 0; s < spans.get(d).size(); s++) {
                    for (SciSpan span : spans.get(d).get(s)) {
                        out.write(d + "\t" + s + "\t" + span.from() + "\t" + span.to() + "\t" + span.type().label() + "\n");
                    }
                }
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
