package org.papergraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The arXiv metadata snapshot (Kaggle's arxiv-metadata-oai-snapshot.json): one JSON object per line
 * with id, title, abstract, authors, authors_parsed, categories, versions, update_date, doi and
 * journal-ref. Read line by line with Jackson's streaming parser, so a 4 GB file takes the memory of
 * one line; a line that is not a record is reported with its number and the rest still load.
 */
final class ArxivJsonLinesFormat implements InputFormat {

    private static final Pattern RECORD_START = Pattern.compile("^\\s*\\{\\s*\"[^\"]+\"\\s*:");

    private final IngestLimits limits;
    private final JsonFactory json;

    ArxivJsonLinesFormat(IngestLimits limits) {
        this.limits = limits;
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limits.maxLineChars()).build())
                .build();
    }

    @Override
    public String name() {
        return "arxiv-jsonl";
    }

    @Override
    public boolean detect(TextSample sample) {
        List<String> lines = sample.nonBlankLines();
        if (lines.isEmpty() || !RECORD_START.matcher(lines.get(0)).find()) {
            return false;
        }
        String first = lines.get(0);
        return first.contains("\"abstract\"") && (first.contains("\"title\"") || first.contains("\"id\""));
    }

    @Override
    public void read(InputFile file, PaperSink sink) throws IOException {
        try (BufferedReader reader = file.openReader()) {
            BoundedLineReader lines = new BoundedLineReader(reader, limits.maxLineChars());
            for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.tooLong()) {
                    sink.problem(new IngestProblem(file.name(), line.number(), "line of " + line.length()
                            + " characters is over the limit of " + limits.maxLineChars()
                            + " (raise it with --max-line-chars); skipped"));
                } else if (!line.text().isBlank()) {
                    readRecord(file.name(), line, sink);
                }
            }
        }
    }

    private void readRecord(String fileName, BoundedLineReader.Line line, PaperSink sink) throws IOException {
        PaperDraft draft = new PaperDraft(fileName, line.number());
        try (JsonParser parser = json.createParser(line.text())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                sink.problem(new IngestProblem(fileName, line.number(), "not a JSON object; expected one arXiv record per line; line skipped"));
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                readField(field, parser, draft);
            }
            if (parser.nextToken() != null) {
                sink.problem(new IngestProblem(fileName, line.number(), "text after the JSON object; one record per line expected; line skipped"));
                return;
            }
        } catch (JsonProcessingException e) {
            sink.problem(new IngestProblem(fileName, line.number(), "not valid JSON (" + e.getOriginalMessage()
                    + " at column " + e.getLocation().getColumnNr() + "); line skipped"));
            return;
        }
        draft.finish(sink, limits);
    }

    private static void readField(String field, JsonParser parser, PaperDraft draft) throws IOException {
        switch (field) {
            case "id" -> draft.identifier(Identifiers.arxiv(parser.getValueAsString()));
            case "title" -> draft.title(parser.getValueAsString());
            case "abstract" -> draft.abstractText(parser.getValueAsString());
            case "authors_parsed" -> draft.authors(parsedAuthors(parser));
            // authors_parsed is the better source; the string is the fallback for lines without it.
            case "authors" -> draft.fallbackAuthors(AuthorNames.split(parser.getValueAsString()));
            case "categories" -> {
                String value = parser.getValueAsString();
                if (value != null) {
                    for (String category : value.strip().split("\\s+")) {
                        draft.category(category);
                    }
                }
            }
            case "versions" -> readVersions(parser, draft);
            case "update_date" -> draft.revised(PublicationDate.parse(parser.getValueAsString()).orElse(null));
            case "doi" -> {
                String value = parser.getValueAsString();
                if (value != null) {
                    // Several DOIs are separated by spaces in the snapshot.
                    for (String doi : value.strip().split("\\s+")) {
                        draft.identifier(Identifiers.doi(doi));
                    }
                }
            }
            case "journal-ref" -> draft.journalRef(parser.getValueAsString());
            default -> parser.skipChildren();
        }
    }

    /** [["Bal\\'azs","C.",""],["Berger","E. L.",""]] → ["C. Balázs", "E. L. Berger"] (last, first, suffix). */
    private static List<String> parsedAuthors(JsonParser parser) throws IOException {
        List<String> names = new ArrayList<>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return names;
        }
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            List<String> parts = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    parts.add(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
            names.add(AuthorNames.fromParts(parts));
        }
        return names;
    }

    /** [{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"}, ...]: v1 is the publication date, the last the revision. */
    private static void readVersions(JsonParser parser, PaperDraft draft) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("created")) {
                    PublicationDate created = PublicationDate.parse(parser.getValueAsString()).orElse(null);
                    draft.date(created);
                    draft.revised(created);
                } else {
                    parser.skipChildren();
                }
            }
        }
    }
}
