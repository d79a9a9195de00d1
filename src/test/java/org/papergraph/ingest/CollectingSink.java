package org.papergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader emits, for assertions. */
final class CollectingSink implements PaperSink {

    final List<Paper> papers = new ArrayList<>();
    final List<IngestProblem> problems = new ArrayList<>();

    @Override
    public void paper(Paper paper) {
        papers.add(paper);
    }

    @Override
    public void problem(IngestProblem problem) {
        problems.add(problem);
    }

    Paper titled(String prefix) {
        return papers.stream().filter(p -> p.title().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper titled " + prefix + "... in " + papers.stream().map(Paper::title).toList()));
    }

    /** Reads fixtures the way the CLI does: format detected from content. */
    static CollectingSink read(Path... inputs) {
        CollectingSink sink = new CollectingSink();
        try {
            new InputReader(FormatDetector.standard(IngestLimits.DEFAULT)).read(List.of(inputs), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    static Path fixture(String relative) {
        return Path.of(System.getProperty("papergraph.home", ".")).resolve("src/test/resources/ingest").resolve(relative);
    }
}
