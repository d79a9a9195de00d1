package org.papergraph.eval;

/**
 * PURE-style scores: entities (span and type exact), relations (both spans and type), Rel+ (also argument
 * types), and where the entity and relation mistakes are.
 */
public record SciercScores(ScoreTable entity, ScoreTable relation, ScoreTable relationStrict, EntityErrors entityErrors,
                           TypeConfusions typeConfusions, RelationErrors relationErrors) {
}
