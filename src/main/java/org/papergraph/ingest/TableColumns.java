package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which header cell of a table holds which field, matched by name the way spreadsheets and reference
 * managers spell them ("Title", "Abstract Note", "Author(s)", "Publication Year", "arxiv_id", "DOI").
 */
record TableColumns(String title, String abstractText, String authors, String date, String year, List<String> ids) {

    private static final Set<String> TITLE = Set.of("title", "paper title", "article title", "document title", "name");
    private static final Set<String> ABSTRACT = Set.of("abstract", "summary", "abstract note", "description", "abstract text");
    private static final Set<String> AUTHORS = Set.of("authors", "author", "author s", "author names", "author full names",
            "creators", "creator");
    private static final Set<String> DATE = Set.of("date", "published", "publication date", "date published", "issued",
            "pub date", "update date", "created");
    private static final Set<String> YEAR = Set.of("year", "publication year", "pub year", "py");
    private static final Set<String> IDS = Set.of("id", "arxiv id", "arxiv", "eprint", "doi", "url", "link", "pdf url",
            "entry id", "paper id", "abs url");

    /** The columns of a header, when it has at least a title and an abstract column. */
    static Optional<TableColumns> match(List<String> header) {
        String title = find(header, TITLE);
        String abstractText = find(header, ABSTRACT);
        if (title == null || abstractText == null) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (String cell : header) {
            if (IDS.contains(normalize(cell))) {
                ids.add(cell);
            }
        }
        return Optional.of(new TableColumns(title, abstractText, find(header, AUTHORS), find(header, DATE),
                find(header, YEAR), ids));
    }

    private static String find(List<String> header, Set<String> names) {
        for (String cell : header) {
            if (names.contains(normalize(cell))) {
                return cell;
            }
        }
        return null;
    }

    /** "Author(s)" → "author s", "arxiv_id" → "arxiv id", " Abstract Note " → "abstract note". */
    static String normalize(String cell) {
        return cell.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
