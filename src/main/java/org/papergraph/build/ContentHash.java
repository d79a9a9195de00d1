package org.papergraph.build;

import java.util.List;
import java.util.stream.Collectors;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperIds;
import org.papergraph.ingest.SourceLocation;

/**
 * A paper's fingerprint in two halves, "text-metadata": the text half covers what extraction reads
 * (title, abstract, extractor), the metadata half everything else. Equal text half, equal extraction:
 * a change in metadata alone (a new source, a longer author list) is written without re-extracting.
 * Collections are hashed sorted, since RDF does not keep their order.
 */
final class ContentHash {

    /**
     * The version of the metadata statements a paper gets (2: pg:titleKey). Part of the metadata half, so
     * a store built by an older papergraph has its metadata rewritten, without re-extraction, on the next build.
     */
    private static final String METADATA_LAYOUT = "2";

    private ContentHash() {
    }

    static String of(Paper paper, String extractorId) {
        return textHash(paper, extractorId) + "-" + metadataHash(paper);
    }

    /** True when the stored hash was made from the same title, abstract and extractor. */
    static boolean sameText(String storedHash, Paper paper, String extractorId) {
        return storedHash != null && storedHash.startsWith(textHash(paper, extractorId) + "-");
    }

    private static String textHash(Paper paper, String extractorId) {
        return PaperIds.sha256Hex(String.join("\u0001", extractorId, paper.id(), paper.title(), paper.abstractText()))
                .substring(0, 32);
    }

    private static String metadataHash(Paper paper) {
        String record = String.join("\u0001", METADATA_LAYOUT, sorted(paper.authors()), String.valueOf(paper.authorCount()),
                String.valueOf(paper.organisation()), paper.date() == null ? "" : paper.date().iso(),
                paper.revised() == null ? "" : paper.revised().iso(), sorted(paper.identifiers()),
                sorted(paper.categories()), String.valueOf(paper.journalRef()),
                sorted(paper.sources().stream().map(SourceLocation::toString).toList()));
        return PaperIds.sha256Hex(record).substring(0, 32);
    }

    private static String sorted(List<String> values) {
        return values.stream().sorted().collect(Collectors.joining("\u0002"));
    }
}
