package org.papergraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads an annotation file of one JSON object per line (blank lines skipped). A line that is not JSON,
 * or that {@code parse} rejects with a runtime exception, ends the read with an
 * {@link AnnotationFormatException} naming the file, the line and what was expected there.
 */
final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /** @param expected what a line should be, as the error message says it ("a SciERC document in DyGIE form") */
    static <T> List<T> read(Path file, String expected, Function<JsonNode, T> parse) throws IOException {
        List<T> items = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    items.add(parse.apply(JSON.readTree(line)));
                } catch (JsonProcessingException e) {
                    throw error(file, number, expected, e.getOriginalMessage(), e);
                } catch (RuntimeException e) {
                    throw error(file, number, expected, e.getMessage(), e);
                }
            }
        }
        return items;
    }

    private static AnnotationFormatException error(Path file, int line, String expected, String why, Exception cause) {
        return new AnnotationFormatException(file + ":" + line + ": not " + expected + " (" + why + ")", cause);
    }
}
