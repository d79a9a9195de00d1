package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one record of a structured source (feed, snapshot line, table row, BibTeX entry) as
 * they are found; {@link #finish} cleans them and checks the record once, the same way for every format.
 */
final class PaperDraft {

    private final String file;
    private final int line;
    private String title;
    private String abstractText;
    private final List<String> authors = new ArrayList<>();
    private final List<String> fallbackAuthors = new ArrayList<>();
    private PublicationDate date;
    private PublicationDate revised;
    private final Set<String> identifiers = new LinkedHashSet<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private String primaryCategory;
    private String journalRef;

    PaperDraft(String file, int line) {
        this.file = file;
        this.line = line;
    }

    int line() {
        return line;
    }

    PaperDraft title(String raw) {
        this.title = raw;
        return this;
    }

    PaperDraft abstractText(String raw) {
        this.abstractText = raw;
        return this;
    }

    PaperDraft author(String raw) {
        String name = FieldText.clean(raw);
        if (!name.isEmpty()) {
            authors.add(name);
        }
        return this;
    }

    PaperDraft authors(List<String> raw) {
        raw.forEach(this::author);
        return this;
    }

    /** Authors from a less exact field, used only when no {@link #author} is given. */
    PaperDraft fallbackAuthors(List<String> raw) {
        fallbackAuthors.clear();
        raw.stream().map(FieldText::clean).filter(name -> !name.isEmpty()).forEach(fallbackAuthors::add);
        return this;
    }

    PaperDraft date(PublicationDate value) {
        this.date = PublicationDate.earliest(date, value);
        return this;
    }

    PaperDraft revised(PublicationDate value) {
        if (value != null && (revised == null || value.isAfter(revised))) {
            revised = value;
        }
        return this;
    }

    PaperDraft identifier(Optional<String> canonical) {
        canonical.ifPresent(identifiers::add);
        return this;
    }

    PaperDraft category(String raw) {
        if (raw != null && !raw.isBlank()) {
            categories.add(raw.strip());
        }
        return this;
    }

    /** The primary category comes first among the categories, wherever the source lists it. */
    PaperDraft primaryCategory(String raw) {
        if (raw != null && !raw.isBlank()) {
            primaryCategory = raw.strip();
        }
        return this;
    }

    PaperDraft journalRef(String raw) {
        String ref = FieldText.clean(raw);
        this.journalRef = ref.isEmpty() ? null : ref;
        return this;
    }

    private List<String> orderedCategories() {
        List<String> ordered = new ArrayList<>();
        if (primaryCategory != null) {
            ordered.add(primaryCategory);
        }
        categories.stream().filter(c -> !c.equals(primaryCategory)).forEach(ordered::add);
        return ordered;
    }

    /** Hands the paper to the sink, or a problem naming this record's line when it has no usable title or abstract. */
    void finish(PaperSink sink, IngestLimits limits) {
        String cleanTitle = FieldText.clean(title);
        String cleanAbstract = FieldText.clean(abstractText);
        if (cleanTitle.isEmpty()) {
            sink.problem(new IngestProblem(file, line, "record has no title; record skipped"));
            return;
        }
        Optional<String> problem = ListingText.problemWith(cleanTitle, cleanAbstract, limits);
        if (problem.isPresent()) {
            sink.problem(new IngestProblem(file, line, problem.get() + "; record skipped"));
            return;
        }
        sink.paper(new Paper(PaperIds.fromTitle(cleanTitle), cleanTitle, authors.isEmpty() ? fallbackAuthors : authors, null, null, date,
                List.copyOf(identifiers), List.of(new SourceLocation(file, line)), cleanAbstract, revised,
                orderedCategories(), journalRef));
    }
}
