package org.papergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table with a header row, comma- or tab-separated (RFC 4180 quoting, so quoted fields may span
 * lines), as spreadsheets, Zotero and paper-search tools export it. Columns are found by name
 * ({@link TableColumns}); the table needs a title and an abstract column, the rest is optional.
 */
final class CsvFormat implements InputFormat {

    private final IngestLimits limits;
    private final String name;
    private final char delimiter;

    private CsvFormat(IngestLimits limits, String name, char delimiter) {
        this.limits = limits;
        this.name = name;
        this.delimiter = delimiter;
    }

    static CsvFormat csv(IngestLimits limits) {
        return new CsvFormat(limits, "csv", ',');
    }

    static CsvFormat tsv(IngestLimits limits) {
        return new CsvFormat(limits, "tsv", '\t');
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean detect(TextSample sample) {
        List<String> lines = sample.nonBlankLines();
        if (lines.isEmpty() || lines.get(0).indexOf(delimiter) < 0) {
            return false;
        }
        try (CSVParser header = format().parse(new StringReader(lines.get(0)))) {
            return TableColumns.match(header.getHeaderNames()).isPresent();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return false;
        }
    }

    private CSVFormat format() {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .setTrim(true)
                .get();
    }

    @Override
    public void read(InputFile file, PaperSink sink) throws IOException {
        try (BufferedReader text = file.openReader(); CSVParser parser = format().parse(text)) {
            Optional<TableColumns> columns = TableColumns.match(parser.getHeaderNames());
            if (columns.isEmpty()) {
                sink.problem(new IngestProblem(file.name(), 1, "the header has no title and abstract columns (found: "
                        + String.join(", ", parser.getHeaderNames()) + "); name them \"title\" and \"abstract\""));
                return;
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    sink.problem(new IngestProblem(file.name(), line, "the table cannot be read from here on ("
                            + e.getMessage() + "); check for an unclosed quote. Rows before this line were read"));
                    return;
                }
                readRow(file.name(), line, record, columns.get(), sink);
            }
        }
    }

    private void readRow(String fileName, int line, CSVRecord record, TableColumns columns, PaperSink sink) {
        PaperDraft draft = new PaperDraft(fileName, line)
                .title(cell(record, columns.title()))
                .abstractText(cell(record, columns.abstractText()))
                .fallbackAuthors(AuthorNames.split(cell(record, columns.authors())));
        String date = cell(record, columns.date());
        draft.date(PublicationDate.parse(date).orElse(null));
        String year = cell(record, columns.year());
        draft.date(PublicationDate.fromYearMonth(year, null).orElse(null));
        for (String idColumn : columns.ids()) {
            String value = cell(record, idColumn);
            draft.identifier(Identifiers.doi(value)).identifier(Identifiers.doi(value).isPresent()
                    ? Optional.empty() : Identifiers.arxiv(value));
        }
        draft.finish(sink, limits);
    }

    private static String cell(CSVRecord record, String column) {
        return column != null && record.isSet(column) ? record.get(column) : null;
    }
}
