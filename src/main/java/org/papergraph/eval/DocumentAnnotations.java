package org.papergraph.eval;

import java.util.List;

/** Entities and relations of one document, gold or predicted, on document-level inclusive token offsets. */
public record DocumentAnnotations(List<Entity> entities, List<RelationTuple> relations) {

    public DocumentAnnotations {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    public record Entity(int start, int end, String type) {
    }

    /** A relation; Rel+ compares the argument types too, the boundaries score ignores them. */
    public record RelationTuple(Entity head, Entity tail, String type) {

        RelationTuple boundaries() {
            return new RelationTuple(new Entity(head.start(), head.end(), ""), new Entity(tail.start(), tail.end(), ""), type);
        }
    }

    /** The gold annotations of a SciERC document; a relation argument takes the type of the entity with its span. */
    public static DocumentAnnotations gold(SciercDocument document) {
        List<Entity> entities = document.entities().stream().map(e -> new Entity(e.start(), e.end(), e.type())).toList();
        List<RelationTuple> relations = document.relations().stream()
                .map(r -> new RelationTuple(argument(entities, r.headStart(), r.headEnd()),
                        argument(entities, r.tailStart(), r.tailEnd()), r.type()))
                .toList();
        return new DocumentAnnotations(entities, relations);
    }

    private static Entity argument(List<Entity> entities, int start, int end) {
        return entities.stream().filter(e -> e.start() == start && e.end() == end).findFirst()
                .orElse(new Entity(start, end, ""));
    }
}
