package org.papergraph.concepts;

import java.util.Map;
import java.util.Set;
import org.papergraph.extract.ConceptClass;

/**
 * The concepts one paper links to directly, by the predicate of the link: the keys it
 * {@code pg:usesMethod} under METHOD, {@code pg:addressesTask} under TASK, and so on.
 */
public record PaperUses(String paperId, Map<ConceptClass, Set<String>> keysByClass) {

    public PaperUses {
        keysByClass = Map.copyOf(keysByClass);
    }

    public Set<String> keys(ConceptClass type) {
        return keysByClass.getOrDefault(type, Set.of());
    }
}
