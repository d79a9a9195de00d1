package org.papergraph.concepts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.extract.RelationType;

/**
 * What one paper's graph states about concepts, by concept key: the paper's own links (the methods it
 * uses and proposes, the tasks it addresses, ...) and the statements between two concepts read in it.
 */
public record PaperLinks(String paperId, Map<RelationType, Set<String>> objectsByRelation,
                         List<ConceptStatement> statements) {

    public PaperLinks {
        objectsByRelation = Map.copyOf(objectsByRelation);
        statements = List.copyOf(statements);
    }

    /** The concepts the paper itself has this relation to. */
    public Set<String> objects(RelationType relation) {
        return objectsByRelation.getOrDefault(relation, Set.of());
    }

    /** The concepts the paper has any of these relations to. */
    public Set<String> objects(RelationType first, RelationType second) {
        Set<String> union = new HashSet<>(objects(first));
        union.addAll(objects(second));
        return union;
    }
}
