package org.papergraph.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Scores predicted against gold annotations, document by document, with exact matching. */
public final class SciercScorer {

    private final Tally<DocumentAnnotations.Entity> entities = new Tally<>(DocumentAnnotations.Entity::type);
    private final Tally<DocumentAnnotations.RelationTuple> relations = new Tally<>(DocumentAnnotations.RelationTuple::type);
    private final Tally<DocumentAnnotations.RelationTuple> strict = new Tally<>(DocumentAnnotations.RelationTuple::type);
    private EntityErrors entityErrors = EntityErrors.NONE;
    private TypeConfusions typeConfusions = TypeConfusions.NONE;
    private RelationErrors relationErrors = RelationErrors.NONE;

    public void add(DocumentAnnotations gold, DocumentAnnotations predicted) {
        Set<DocumentAnnotations.Entity> goldEntities = new HashSet<>(gold.entities());
        Set<DocumentAnnotations.Entity> predictedEntities = new HashSet<>(predicted.entities());
        entities.add(goldEntities, predictedEntities);
        entityErrors = entityErrors.plus(EntityErrors.of(goldEntities, predictedEntities));
        typeConfusions = typeConfusions.plus(TypeConfusions.of(goldEntities, predictedEntities));
        Set<DocumentAnnotations.RelationTuple> goldRelations = set(gold.relations(), DocumentAnnotations.RelationTuple::boundaries);
        Set<DocumentAnnotations.RelationTuple> predictedRelations =
                set(predicted.relations(), DocumentAnnotations.RelationTuple::boundaries);
        relations.add(goldRelations, predictedRelations);
        relationErrors = relationErrors.plus(RelationErrors.of(goldRelations, predictedRelations, goldEntities, predictedEntities));
        strict.add(new HashSet<>(gold.relations()), new HashSet<>(predicted.relations()));
    }

    public SciercScores scores() {
        return new SciercScores(entities.table(), relations.table(), strict.table(), entityErrors, typeConfusions, relationErrors);
    }

    private static <T> Set<T> set(List<T> items, Function<T, T> key) {
        return items.stream().map(key).collect(Collectors.toSet());
    }
}
