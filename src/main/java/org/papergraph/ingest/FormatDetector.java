package org.papergraph.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Picks the format of a file from its content; the first format that recognises the sample wins. */
public final class FormatDetector {

    private final List<InputFormat> formats;

    public FormatDetector(List<InputFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /**
     * Every known format, most specific first: the structured ones recognise themselves by syntax
     * (XML feed, JSON object, BibTeX entry, table header), the listings by their page furniture, and
     * plain text, which only asks for prose, comes last.
     */
    public static FormatDetector standard(IngestLimits limits) {
        return new FormatDetector(List.of(
                new ArxivAtomFormat(limits),
                new ArxivJsonLinesFormat(limits),
                new BibtexFormat(limits),
                CsvFormat.csv(limits),
                CsvFormat.tsv(limits),
                new ArxivListingFormat(limits),
                new HuggingFaceListingFormat(limits),
                new TitleAbstractListingFormat(limits),
                new PlainTextFormat(limits)));
    }

    public Optional<InputFormat> detect(InputFile file) throws IOException {
        TextSample sample = file.sample();
        return formats.stream().filter(format -> format.detect(sample)).findFirst();
    }

    public Optional<InputFormat> byName(String name) {
        return formats.stream().filter(format -> format.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return formats.stream().map(InputFormat::name).toList();
    }
}
