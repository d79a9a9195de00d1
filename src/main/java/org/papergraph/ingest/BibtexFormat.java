package org.papergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * BibTeX as Zotero, Mendeley, Google Scholar and arXiv export it, read with jbibtex. Only entries
 * with an abstract field become papers (Google Scholar exports have none: each such entry is reported).
 * The file is cut at every line that opens an entry ("@article{") and each piece parsed on its own,
 * so a broken entry is reported with its line and the others still load, in constant memory.
 */
final class BibtexFormat implements InputFormat {

    private static final Pattern ENTRY_START = Pattern.compile("^\\s*@\\s*[A-Za-z]+\\s*[{(]");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private final IngestLimits limits;

    BibtexFormat(IngestLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "bibtex";
    }

    @Override
    public boolean detect(TextSample sample) {
        for (String line : sample.nonBlankLines()) {
            String text = line.strip();
            if (text.startsWith("%")) {
                continue;
            }
            return ENTRY_START.matcher(text).find();
        }
        return false;
    }

    @Override
    public void read(InputFile file, PaperSink sink) throws IOException {
        BibTeXParser parser = newParser();
        try (BufferedReader reader = file.openReader()) {
            BoundedLineReader lines = new BoundedLineReader(reader, limits.maxLineChars());
            StringBuilder entry = new StringBuilder();
            int entryLine = 0;
            for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
                String text = line.tooLong() ? "" : line.text();
                if (ENTRY_START.matcher(text).find()) {
                    parseEntry(file.name(), entryLine, entry, parser, sink);
                    entry.setLength(0);
                    entryLine = line.number();
                }
                if (entryLine > 0 && entry.length() + text.length() <= limits.maxAbstractChars() * 4L) {
                    entry.append(text).append('\n');
                }
            }
            parseEntry(file.name(), entryLine, entry, parser, sink);
        }
    }

    private void parseEntry(String fileName, int line, StringBuilder text, BibTeXParser parser, PaperSink sink) {
        if (line == 0 || text.isEmpty()) {
            return;
        }
        String kind = text.substring(text.indexOf("@") + 1).strip().toLowerCase(Locale.ROOT);
        if (kind.startsWith("comment") || kind.startsWith("preamble")) {
            return;
        }
        BibTeXDatabase database;
        try {
            database = parser.parse(new StringReader(text.toString()));
        } catch (ParseException | RuntimeException e) {
            sink.problem(new IngestProblem(fileName, line, "BibTeX entry cannot be parsed (" + firstLine(e.getMessage())
                    + "); check its braces and commas; entry skipped"));
            return;
        }
        for (BibTeXString macro : database.getStrings().values()) {
            parser.addMacro(macro);
        }
        for (BibTeXEntry entry : database.getEntries().values()) {
            readEntry(fileName, line, entry, sink);
        }
    }

    private void readEntry(String fileName, int line, BibTeXEntry entry, PaperSink sink) {
        PaperDraft draft = new PaperDraft(fileName, line);
        String year = null;
        String month = null;
        String eprint = null;
        boolean eprintIsArxiv = false;
        boolean hasAbstract = false;
        for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
            String value = text(field.getValue());
            switch (field.getKey().getValue().toLowerCase(Locale.ROOT)) {
                case "title" -> draft.title(value);
                case "abstract" -> {
                    draft.abstractText(value);
                    hasAbstract = !value.isBlank();
                }
                case "author" -> draft.authors(AuthorNames.bibtex(value));
                case "year" -> year = value;
                case "month" -> month = value;
                case "date" -> draft.date(PublicationDate.parse(value).orElse(null));
                case "doi" -> draft.identifier(Identifiers.doi(value));
                case "eprint" -> eprint = value;
                case "archiveprefix", "eprinttype" -> eprintIsArxiv = value.strip().equalsIgnoreCase("arxiv");
                case "url" -> draft.identifier(Identifiers.arxiv(value.contains("arxiv.org") ? value : null));
                case "primaryclass" -> draft.primaryCategory(value);
                case "journal" -> draft.journalRef(value);
                default -> {
                    // Other fields (pages, publisher, keywords, file, ...) do not describe the paper's content.
                }
            }
        }
        if (eprint != null && (eprintIsArxiv || eprint.matches("\\s*\\d{4}\\.\\d{4,5}(v\\d+)?\\s*"))) {
            draft.identifier(Identifiers.arxiv(eprint));
        }
        draft.date(PublicationDate.fromYearMonth(year, month).orElse(null));
        if (!hasAbstract) {
            sink.problem(new IngestProblem(fileName, line, "BibTeX entry " + entry.getKey().getValue()
                    + " has no abstract field; export with abstracts (Zotero and Mendeley include them); entry skipped"));
            return;
        }
        draft.finish(sink, limits);
    }

    private static String text(Value value) {
        try {
            return value.toUserString();
        } catch (RuntimeException e) {
            // An undefined @string macro has no text; the field is then treated as empty.
            return "";
        }
    }

    /** A parser that tolerates undefined macros and cross-references instead of failing the entry. */
    private static BibTeXParser newParser() {
        try {
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                }
            };
            for (int i = 0; i < MONTHS.length; i++) {
                parser.addMacro(MONTHS[i], Integer.toString(i + 1));
            }
            return parser;
        } catch (ParseException | TokenMgrException e) {
            throw new IllegalStateException("jbibtex cannot create a parser", e);
        }
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
