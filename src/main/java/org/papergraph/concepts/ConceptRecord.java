package org.papergraph.concepts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.papergraph.extract.ConceptClass;

/**
 * A concept of the corpus as the concepts graph states it.
 *
 * @param broader    keys of more general concepts
 * @param exactMatch keys of concepts this one is the same as (an acronym used alone, resolved through the corpus)
 * @param classVotes papers per class reading; the class with most votes wins (the vocabulary's class overrides),
 *                   the others stay in the evidence
 */
public record ConceptRecord(String key, ConceptClass type, String prefLabel, Set<String> altLabels,
                            List<String> broader, List<String> exactMatch, int paperCount,
                            Map<ConceptClass, Integer> classVotes) {

    public ConceptRecord {
        altLabels = Set.copyOf(altLabels);
        broader = List.copyOf(broader);
        exactMatch = List.copyOf(exactMatch);
        classVotes = Map.copyOf(classVotes);
    }

    /** The forms a user's text is matched in (pg:labelKey): those of the preferred and every alternative label. */
    public Set<String> lookupKeys() {
        Set<String> keys = new TreeSet<>(Labels.lookupKeys(prefLabel));
        altLabels.forEach(alt -> keys.addAll(Labels.lookupKeys(alt)));
        return keys;
    }
}
