package org.papergraph.concepts;

import java.util.List;
import org.papergraph.extract.ConceptClass;

/** One curated concept: its class, canonical label, aliases (acronyms, variants) and broader concept's label. */
public record VocabularyEntry(ConceptClass type, String label, List<String> aliases, String broader) {

    public VocabularyEntry {
        aliases = List.copyOf(aliases);
    }

    public String key() {
        return Labels.key(label);
    }
}
