package org.papergraph.ingest;

import java.io.IOException;

/**
 * One way abstracts arrive (a listing page, a feed, a table). A format recognises itself from the
 * start of a file's content and streams the records it finds to a sink.
 */
public interface InputFormat {

    /** Short name users can pass to {@code --format}. */
    String name();

    /** True when the sample (the first part of the file's text) looks like this format. */
    boolean detect(TextSample sample);

    /** Reads every record; a record that cannot be read becomes an {@link IngestProblem}, the rest still load. */
    void read(InputFile file, PaperSink sink) throws IOException;
}
