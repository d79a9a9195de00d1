package org.papergraph.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperIds;
import org.papergraph.store.PaperStore;

/**
 * Finds which paper a record is a record of: by external identifier first (arXiv id, DOI), then by
 * normalized title; among the papers read in this build (an index of short strings, so memory grows
 * by a few dozen bytes a paper, never by papers) and then in the store, so a later build finds the
 * papers of an earlier one.
 */
final class PaperIdentity {

    private final PaperStore store;
    private final Map<String, String> seen = new HashMap<>();

    PaperIdentity(PaperStore store) {
        this.store = store;
    }

    /** The id of the paper this record belongs to, if that paper was seen in this build or is stored. */
    Optional<String> resolve(Paper record) {
        for (String identifier : record.identifiers()) {
            String id = seen.get(identifier);
            if (id != null) {
                return Optional.of(id);
            }
        }
        for (String identifier : record.identifiers()) {
            Optional<String> stored = store.paperWithIdentifier(identifier);
            if (stored.isPresent()) {
                return stored;
            }
        }
        String titleKey = PaperIds.fromTitle(record.title());
        String id = seen.get(titleKey);
        if (id != null) {
            return Optional.of(id);
        }
        return store.storedHash(titleKey).isPresent() ? Optional.of(titleKey) : Optional.empty();
    }

    /** Remembers every key under which later records must find this paper. */
    void remember(Paper merged, Paper record) {
        for (String identifier : merged.identifiers()) {
            seen.put(identifier, merged.id());
        }
        seen.put(PaperIds.fromTitle(merged.title()), merged.id());
        seen.put(PaperIds.fromTitle(record.title()), merged.id());
    }
}
