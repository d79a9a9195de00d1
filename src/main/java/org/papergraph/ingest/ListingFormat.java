package org.papergraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Base of the formats copied from listing web pages: small files read whole, one record spread over a
 * few lines. Over-long lines are reported and dropped before the format sees them.
 */
abstract class ListingFormat implements InputFormat {

    protected final IngestLimits limits;

    ListingFormat(IngestLimits limits) {
        this.limits = limits;
    }

    /** NUL and the other control characters that no text line holds (tab is kept), and the mark of undecodable bytes. */
    private static final Pattern NOT_TEXT = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @Override
    public final void read(InputFile file, PaperSink sink) throws IOException {
        List<String> lines = new ArrayList<>(file.readLines());
        int damaged = 0;
        int firstDamaged = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > limits.maxLineChars()) {
                sink.problem(new IngestProblem(file.name(), i + 1, "line of " + lines.get(i).length()
                        + " characters is over the limit of " + limits.maxLineChars() + " (raise it with --max-line-chars); skipped"));
                lines.set(i, "");
            } else if (NOT_TEXT.matcher(lines.get(i)).find()) {
                // Control characters would follow the text into every export (XML cannot even hold NUL).
                lines.set(i, CONTROL.matcher(lines.get(i)).replaceAll(""));
                firstDamaged = damaged++ == 0 ? i + 1 : firstDamaged;
            }
        }
        if (damaged > 0) {
            sink.problem(new IngestProblem(file.name(), firstDamaged, damaged + (damaged == 1 ? " line has" : " lines have")
                    + " bytes that are not text (control characters, removed, or invalid UTF-8, shown as \uFFFD); "
                    + "the records were read as they are: check the file's encoding (UTF-8, or UTF-16 with a byte-order mark)"));
        }
        parse(file.name(), NumberedLine.nonBlank(lines), sink);
    }

    /** Turns the non-blank lines of one file into records. */
    protected abstract void parse(String fileName, List<NumberedLine> lines, PaperSink sink);

    /** Emits the paper, or a problem naming the title's line when the record is not well formed. */
    protected final void emit(PaperSink sink, String fileName, NumberedLine titleLine, String abstractText,
                              RecordDetails details) {
        String title = titleLine.text();
        Optional<String> problem = ListingText.problemWith(title, abstractText, limits);
        if (problem.isPresent()) {
            sink.problem(new IngestProblem(fileName, titleLine.number(), problem.get() + "; record skipped"));
            return;
        }
        sink.paper(Paper.fromListing(title, details.authors(), details.authorCount(), details.organisation(),
                details.date(), new SourceLocation(fileName, titleLine.number()), abstractText));
    }

    /** The optional metadata a listing gives beside title and abstract. */
    protected record RecordDetails(List<String> authors, Integer authorCount, String organisation, PublicationDate date) {
        static final RecordDetails NONE = new RecordDetails(List.of(), null, null, null);
    }
}
