package org.papergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads input paths (files, or directories walked in name order) and streams their papers to a sink.
 * A file no format recognises is reported by name and skipped; the other files still load.
 */
public final class InputReader {

    private final FormatDetector detector;
    private final String forcedFormat;
    private final PaperFilter filter;

    public InputReader(FormatDetector detector, String forcedFormat, PaperFilter filter) {
        this.detector = detector;
        this.forcedFormat = forcedFormat;
        this.filter = filter;
    }

    public InputReader(FormatDetector detector, String forcedFormat) {
        this(detector, forcedFormat, PaperFilter.ALL);
    }

    public InputReader(FormatDetector detector) {
        this(detector, null);
    }

    /** The regular, non-hidden files under the given paths, in a stable order. */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(path -> !path.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** Reads every file under the inputs, or until the filter's limit is reached. */
    public void read(List<Path> inputs, PaperSink sink) throws IOException {
        FilteringSink filtered = new FilteringSink(sink, filter);
        try {
            for (Path path : expand(inputs)) {
                readFile(new InputFile(path), filtered);
            }
        } catch (LimitReached stop) {
            // The limit is met: the rest of the input is deliberately not read.
        }
    }

    public void readFile(InputFile file, PaperSink sink) throws IOException {
        if (Files.size(file.path()) == 0) {
            sink.problem(new IngestProblem(file.name(), 1, "file is empty; nothing to read"));
            return;
        }
        Optional<InputFormat> format = forcedFormat == null ? detector.detect(file) : detector.byName(forcedFormat);
        if (format.isEmpty()) {
            // A whole-file problem points at line 1, so that every problem reads file:line.
            sink.problem(new IngestProblem(file.name(), 1, forcedFormat == null
                    ? "no known format matches this file (known: " + String.join(", ", detector.names())
                            + "); check that it holds abstracts in a known format, or force one with --format"
                    : "unknown format '" + forcedFormat + "' (known: " + String.join(", ", detector.names()) + ")"));
            return;
        }
        try {
            format.get().read(file, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Thrown through the format that is reading to stop it as soon as the limit is met. */
    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super(null, null, false, false);
        }
    }

    private static final class FilteringSink implements PaperSink {
        private final PaperSink target;
        private final PaperFilter filter;
        private long accepted;

        FilteringSink(PaperSink target, PaperFilter filter) {
            this.target = target;
            this.filter = filter;
        }

        @Override
        public void paper(Paper paper) {
            if (filter.accepts(paper)) {
                target.paper(paper);
                accepted++;
                if (filter.full(accepted)) {
                    throw new LimitReached();
                }
            }
        }

        @Override
        public void problem(IngestProblem problem) {
            target.problem(problem);
        }
    }
}
