package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.papergraph.ingest.FormatDetector;
import org.papergraph.ingest.IngestLimits;
import org.papergraph.ingest.IngestProblem;
import org.papergraph.ingest.InputReader;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperSink;

/** The distinct sentences and titles of a corpus, read with the production readers. */
record SentencePool(List<String> openings, List<String> sentences, List<String> titles) {

    /** A sentence ends at . ! or ? followed by space and a capital; "e.g. the" and "Fig. 3" do not end one. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    static SentencePool read(List<Path> inputs) throws IOException {
        Set<String> openings = new LinkedHashSet<>();
        Set<String> sentences = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        new InputReader(FormatDetector.standard(IngestLimits.DEFAULT)).read(inputs, new PaperSink() {
            @Override
            public void paper(Paper paper) {
                titles.add(paper.title().strip());
                String[] parts = BOUNDARY.split(paper.abstractText().strip());
                for (int i = 0; i < parts.length; i++) {
                    String sentence = parts[i].strip();
                    if (sentence.length() >= 20) {
                        (i == 0 ? openings : sentences).add(sentence);
                    }
                }
            }

            @Override
            public void problem(IngestProblem problem) {
            }
        });
        if (openings.isEmpty() || titles.isEmpty()) {
            throw new IllegalArgumentException("no abstracts found in " + inputs + "; give the sample corpus (data/seeds)");
        }
        return new SentencePool(new ArrayList<>(openings), new ArrayList<>(sentences), new ArrayList<>(titles));
    }
}
