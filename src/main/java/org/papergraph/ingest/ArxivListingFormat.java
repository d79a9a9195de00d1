package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The arXiv-style listing: title, authors as "Last, First, Last, First", a source line such as
 * "arXiv.org Machine Learning", then the abstract (one or more lines), records separated by blank lines.
 * Records are anchored on their source line, so page furniture before the first record is ignored.
 */
final class ArxivListingFormat extends ListingFormat {

    private static final Pattern SOURCE_LINE = Pattern.compile("^arXiv\\.org(\\s+\\S.*)?$");

    ArxivListingFormat(IngestLimits limits) {
        super(limits);
    }

    @Override
    public String name() {
        return "arxiv-listing";
    }

    @Override
    public boolean detect(TextSample sample) {
        List<String> lines = sample.nonBlankLines();
        for (int i = 2; i < lines.size(); i++) {
            if (SOURCE_LINE.matcher(lines.get(i).strip()).matches() && looksLikeAuthorList(lines.get(i - 1).strip())) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void parse(String fileName, List<NumberedLine> lines, PaperSink sink) {
        List<Integer> sourceLines = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            if (SOURCE_LINE.matcher(lines.get(i).text()).matches() && looksLikeAuthorList(lines.get(i - 1).text())) {
                sourceLines.add(i);
            }
        }
        for (int r = 0; r < sourceLines.size(); r++) {
            int source = sourceLines.get(r);
            int end = r + 1 < sourceLines.size() ? sourceLines.get(r + 1) - 2 : lines.size();
            StringBuilder abstractText = new StringBuilder();
            for (int i = source + 1; i < end; i++) {
                if (!abstractText.isEmpty()) {
                    abstractText.append(' ');
                }
                abstractText.append(lines.get(i).text());
            }
            RecordDetails details = new RecordDetails(authorNames(lines.get(source - 1).text()), null, null, null);
            emit(sink, fileName, lines.get(source - 2), abstractText.toString(), details);
        }
    }

    /** "Imai, Shota, Nishiyama, Sota" has an even number of comma-separated name parts of at most four words. */
    static boolean looksLikeAuthorList(String line) {
        String[] parts = line.split(",");
        if (parts.length < 2 || parts.length % 2 != 0) {
            return false;
        }
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty() || p.split("\\s+").length > 4 || !Character.isLetter(p.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "Imai, Shota, Nishiyama, Sota" becomes ["Shota Imai", "Sota Nishiyama"]. */
    static List<String> authorNames(String line) {
        String[] parts = line.split(",");
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            names.add(parts[i + 1].strip() + " " + parts[i].strip());
        }
        return names;
    }
}
