/**
 * Store: the TDB2 database. One named graph per paper (replaced as a whole, so rebuilding is
 * idempotent), a concepts graph and an ontology graph; queries see the union of all graphs.
 *
 * <p>In: quads from the RDF stage. Out: transactional reads for queries, exports and the concepts stage.
 */
package org.papergraph.store;
