package org.papergraph.ingest;

import java.util.List;

/** The first lines of a file's decoded text, enough to recognise its format. */
public record TextSample(String fileName, List<String> lines) {

    public TextSample {
        lines = List.copyOf(lines);
    }

    public List<String> nonBlankLines() {
        return lines.stream().filter(line -> !line.isBlank()).toList();
    }
}
