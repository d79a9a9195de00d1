package org.papergraph.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hugging Face daily-papers listing: title, abstract, then optionally "• N authors" or an
 * organisation line, a lone "·", and a date ("Apr 1", "Sep 3, 2024") with an optional upvote count.
 * A date without a year stays without one.
 */
final class HuggingFaceListingFormat extends ListingFormat {

    private static final Pattern AUTHORS = Pattern.compile("^(?:[•·*-]\\s*)?(\\d+)\\s+authors?$");
    private static final Pattern SEPARATOR = Pattern.compile("^[·•]$");
    private static final Pattern DATE = Pattern.compile(
            "^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)(?:\\s+\\d+)?$");

    HuggingFaceListingFormat(IngestLimits limits) {
        super(limits);
    }

    @Override
    public String name() {
        return "huggingface-listing";
    }

    @Override
    public boolean detect(TextSample sample) {
        List<String> lines = sample.nonBlankLines().stream().map(String::strip).toList();
        boolean separator = lines.stream().anyMatch(line -> SEPARATOR.matcher(line).matches());
        boolean authorsOrHeader = lines.stream().anyMatch(line -> AUTHORS.matcher(line).matches()
                || line.equalsIgnoreCase("Daily Papers"));
        return separator && authorsOrHeader;
    }

    @Override
    protected void parse(String fileName, List<NumberedLine> lines, PaperSink sink) {
        int i = skipHeader(lines);
        while (i < lines.size()) {
            NumberedLine title = lines.get(i);
            if (isMetadata(title.text())) {
                sink.problem(new IngestProblem(fileName, title.number(),
                        "metadata line without a paper before it; line skipped: \"" + ListingText.abbreviate(title.text()) + "\""));
                i++;
                continue;
            }
            if (i + 1 >= lines.size() || isMetadata(lines.get(i + 1).text())
                    || !ListingText.looksLikeAbstract(lines.get(i + 1).text())) {
                sink.problem(new IngestProblem(fileName, title.number(), "no abstract after the title \""
                        + ListingText.abbreviate(title.text()) + "\"; record skipped"));
                i = skipMetadata(lines, i + 1);
                continue;
            }
            String abstractText = lines.get(i + 1).text();
            int j = i + 2;
            Integer authorCount = null;
            String organisation = null;
            PublicationDate date = null;
            if (j < lines.size()) {
                Matcher authors = AUTHORS.matcher(lines.get(j).text());
                if (authors.matches()) {
                    authorCount = Integer.valueOf(authors.group(1));
                    j++;
                } else if (j + 1 < lines.size() && SEPARATOR.matcher(lines.get(j + 1).text()).matches()
                        && !isMetadata(lines.get(j).text())) {
                    organisation = lines.get(j).text();
                    j++;
                }
            }
            if (j < lines.size() && SEPARATOR.matcher(lines.get(j).text()).matches()) {
                j++;
                if (j < lines.size()) {
                    Matcher dateLine = DATE.matcher(lines.get(j).text());
                    if (dateLine.matches()) {
                        date = PublicationDate.parseMonthDay(dateLine.group(1)).orElse(null);
                        j++;
                    }
                }
            }
            emit(sink, fileName, title, abstractText, new RecordDetails(List.of(), authorCount, organisation, date));
            i = j;
        }
    }

    /** The page header ends with "byAK and the research community" and the listing's own date. */
    private static int skipHeader(List<NumberedLine> lines) {
        int i = 0;
        while (i < lines.size() && ListingText.isUiLine(lines.get(i).text())) {
            i++;
        }
        if (i < lines.size() && i > 0 && DATE.matcher(lines.get(i).text()).matches()) {
            i++;
        }
        return i;
    }

    private static int skipMetadata(List<NumberedLine> lines, int from) {
        int i = from;
        while (i < lines.size() && isMetadata(lines.get(i).text())) {
            i++;
        }
        return i;
    }

    private static boolean isMetadata(String line) {
        return AUTHORS.matcher(line).matches() || SEPARATOR.matcher(line).matches() || DATE.matcher(line).matches()
                || ListingText.isUiLine(line);
    }
}
