package org.papergraph.ingest;

import java.util.List;

/**
 * The plainest listing: a title line, then an abstract line, repeated with no blank lines between.
 * The page's header lines come first, and "Subscribe" is often glued to the first title.
 */
final class TitleAbstractListingFormat extends ListingFormat {

    TitleAbstractListingFormat(IngestLimits limits) {
        super(limits);
    }

    @Override
    public String name() {
        return "title-abstract-listing";
    }

    @Override
    public boolean detect(TextSample sample) {
        List<String> lines = sample.nonBlankLines().stream()
                .map(String::strip)
                .filter(line -> !ListingText.isUiLine(line))
                .toList();
        int pairs = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String title = ListingText.stripGluedHeader(lines.get(i));
            if (!title.endsWith(".") && ListingText.isTitleAbstractPair(title, lines.get(i + 1))) {
                pairs++;
                i++;
            }
        }
        // One pair alone is a single abstract file (the plain-text format reads it) unless the listing
        // page's header is there; most lines pair up, and a few broken records (a file cut off in the
        // middle of a record) must not hide the format: they are reported on reading.
        boolean pageHeader = sample.nonBlankLines().size() > lines.size();
        int unpaired = lines.size() - 2 * pairs;
        boolean enoughPairs = pairs >= 2 || pageHeader && pairs >= 1;
        return enoughPairs && (pairs * 2 >= 0.8 * lines.size() || unpaired <= 2);
    }

    @Override
    protected void parse(String fileName, List<NumberedLine> lines, PaperSink sink) {
        List<NumberedLine> content = lines.stream()
                .filter(line -> !ListingText.isUiLine(line.text()))
                .map(line -> new NumberedLine(line.number(), ListingText.stripGluedHeader(line.text())))
                .toList();
        int i = 0;
        while (i < content.size()) {
            NumberedLine title = content.get(i);
            boolean hasAbstract = i + 1 < content.size()
                    && ListingText.isTitleAbstractPair(title.text(), content.get(i + 1).text());
            if (hasAbstract) {
                emit(sink, fileName, title, content.get(i + 1).text(), RecordDetails.NONE);
                i += 2;
            } else {
                sink.problem(new IngestProblem(fileName, title.number(),
                        "expected a title line followed by an abstract line; line skipped: \""
                                + ListingText.abbreviate(title.text()) + "\""));
                i += 1;
            }
        }
    }
}
