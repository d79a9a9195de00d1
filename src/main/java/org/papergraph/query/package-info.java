/**
 * Query: runs SPARQL over the store's union graph, with parameters bound through Jena's
 * substitution API (never spliced into the query text), and writes results in the user's format.
 *
 * <p>In: query text, named parameters, a format. Out: SELECT/ASK results or CONSTRUCT/DESCRIBE graphs.
 */
package org.papergraph.query;
