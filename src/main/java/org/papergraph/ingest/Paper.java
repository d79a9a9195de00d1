package org.papergraph.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One paper as read from a source, before any language processing.
 *
 * @param id            stable identifier: an external identifier when the source has one, else a hash of the normalized title
 * @param title         the title as written
 * @param authors       author names in "First Last" order; empty when the source lists none
 * @param authorCount   number of authors when the source only gives a count (Hugging Face listings), else null
 * @param organisation  the organisation the listing names, else null
 * @param date          publication date when given, else null
 * @param identifiers   external identifiers (arXiv id, DOI), possibly empty
 * @param source        where the record was read
 * @param abstractText  the abstract
 */
public record Paper(
        String id,
        String title,
        List<String> authors,
        Integer authorCount,
        String organisation,
        PublicationDate date,
        List<String> identifiers,
        SourceLocation source,
        String abstractText) {

    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = List.copyOf(authors);
        identifiers = List.copyOf(identifiers);
    }

    /** A paper identified by its title, the usual case for listings. */
    public static Paper fromListing(String title, List<String> authors, Integer authorCount, String organisation,
                                    PublicationDate date, SourceLocation source, String abstractText) {
        return new Paper(PaperIds.fromTitle(title), title, authors, authorCount, organisation, date, List.of(),
                source, abstractText);
    }
}
