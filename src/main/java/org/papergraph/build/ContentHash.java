package org.papergraph.build;

import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperIds;

/** A paper's fingerprint: its record and the extractor that read it. Equal hash, equal graph. */
final class ContentHash {

    private ContentHash() {
    }

    static String of(Paper paper, String extractorId) {
        String record = String.join("\u0001", extractorId, paper.id(), paper.title(), String.join("\u0002", paper.authors()),
                String.valueOf(paper.authorCount()), String.valueOf(paper.organisation()),
                paper.date() == null ? "" : paper.date().iso(), String.join("\u0002", paper.identifiers()),
                paper.source().toString(), paper.abstractText());
        return PaperIds.sha256Hex(record);
    }
}
