/**
 * Eval: measures extraction.
 *
 * <p>In: SciERC in DyGIE json-lines form ({@link org.papergraph.eval.SciercReader}), or the seed
 * annotation ({@link org.papergraph.eval.SeedGold}) and a built store. Out: PURE-style scores
 * ({@link org.papergraph.eval.SciercScores}: entities, relations, Rel+, per type and micro) from the
 * production extractor run on SciERC's own tokens; and per-family and proposal scores of the
 * shipped named queries ({@link org.papergraph.eval.SeedGoldScorer}). Reports as tables or JSON.
 */
package org.papergraph.eval;
