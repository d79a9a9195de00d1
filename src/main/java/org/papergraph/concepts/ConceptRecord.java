package org.papergraph.concepts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.extract.ConceptClass;

/**
 * A concept of the corpus as the concepts graph states it.
 *
 * @param classVotes papers per class reading; the class with most votes wins, the others stay as evidence
 * @param broader    keys of more general concepts
 */
public record ConceptRecord(String key, ConceptClass type, String prefLabel, Set<String> altLabels,
                            List<String> broader, int paperCount, Map<ConceptClass, Integer> classVotes) {

    public ConceptRecord {
        altLabels = Set.copyOf(altLabels);
        broader = List.copyOf(broader);
        classVotes = Map.copyOf(classVotes);
    }
}
