package org.papergraph.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One paper as read from a source, before any language processing. The build merges records of the
 * same paper from several sources into one such record, which then has several sources.
 *
 * @param id            stable identifier: the hash of the normalized title when the paper was first seen
 * @param title         the title as written (LaTeX accents and entities decoded, line wrapping undone)
 * @param authors       author names in "First Last" order; empty when the source lists none
 * @param authorCount   number of authors when the source only gives a count (Hugging Face listings), else null
 * @param organisation  the organisation the listing names, else null
 * @param date          publication date (first version) when given, else null
 * @param identifiers   external identifiers in canonical form ({@link Identifiers}: "arXiv:2101.00001", "doi:10..."), possibly empty
 * @param sources       where the record was read; never empty, the first is where it was first read
 * @param abstractText  the abstract
 * @param revised       date of the version whose title and abstract these are (arXiv's latest version), else null
 * @param categories    subject categories, the primary one first ("cs.LG"), possibly empty
 * @param journalRef    the journal reference the source gives, else null
 */
public record Paper(
        String id,
        String title,
        List<String> authors,
        Integer authorCount,
        String organisation,
        PublicationDate date,
        List<String> identifiers,
        List<SourceLocation> sources,
        String abstractText,
        PublicationDate revised,
        List<String> categories,
        String journalRef) {

    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = List.copyOf(authors);
        identifiers = List.copyOf(identifiers);
        sources = List.copyOf(sources);
        categories = List.copyOf(categories);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a paper needs at least one source");
        }
    }

    /** The record shape the listing formats produce: one source, no revision, categories or journal. */
    public Paper(String id, String title, List<String> authors, Integer authorCount, String organisation,
                 PublicationDate date, List<String> identifiers, SourceLocation source, String abstractText) {
        this(id, title, authors, authorCount, organisation, date, identifiers, List.of(source), abstractText, null,
                List.of(), null);
    }

    /** Where this record was first read. */
    public SourceLocation source() {
        return sources.get(0);
    }

    public Paper withId(String newId) {
        return new Paper(newId, title, authors, authorCount, organisation, date, identifiers, sources, abstractText,
                revised, categories, journalRef);
    }

    public Paper withSources(List<SourceLocation> newSources) {
        return new Paper(id, title, authors, authorCount, organisation, date, identifiers, newSources, abstractText,
                revised, categories, journalRef);
    }

    /** A paper identified by its title, the usual case for listings. */
    public static Paper fromListing(String title, List<String> authors, Integer authorCount, String organisation,
                                    PublicationDate date, SourceLocation source, String abstractText) {
        return new Paper(PaperIds.fromTitle(title), title, authors, authorCount, organisation, date, List.of(),
                source, abstractText);
    }
}
