/**
 * Train: reproduces the shipped extraction models from SciERC.
 *
 * <p>In: SciERC training documents and a checked-in settings file (models/*.properties). Out: a
 * CoreNLP CRF entity tagger ({@link org.papergraph.train.NerTrainer}) and a CoreNLP linear relation
 * classifier ({@link org.papergraph.train.RelationTrainer}), written gzipped where
 * {@link org.papergraph.extract.ScientificModels} loads them from; and the word classes the CRF reads
 * ({@link org.papergraph.train.WordClusters}), induced from unlabelled sentences. Features are computed by the
 * same extract classes at training and at prediction time.
 */
package org.papergraph.train;
