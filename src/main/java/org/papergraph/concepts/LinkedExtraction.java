package org.papergraph.concepts;

import java.util.Map;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Mention;

/** An extraction whose every mention is linked to a concept. */
public record LinkedExtraction(Extraction extraction, Map<Mention, ConceptRef> concepts) {

    public LinkedExtraction {
        concepts = Map.copyOf(concepts);
    }

    public ConceptRef conceptOf(Mention mention) {
        ConceptRef ref = concepts.get(mention);
        if (ref == null) {
            throw new IllegalArgumentException("mention not linked: " + mention.text());
        }
        return ref;
    }
}
