package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** A line of a file with its 1-based line number, so every record and problem can say where it is. */
record NumberedLine(int number, String text) {

    /** The non-blank lines, trimmed of surrounding white space (including no-break spaces). */
    static List<NumberedLine> nonBlank(List<String> lines) {
        List<NumberedLine> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.isEmpty()) {
                result.add(new NumberedLine(i + 1, text));
            }
        }
        return result;
    }
}
