/**
 * Export: writes the store for other tools.
 *
 * <p>In: the store (or a CONSTRUCT query's result over it). Out: RDF (Turtle as the union of all
 * graphs with the ontology's prefixes; TriG, N-Quads, JSON-LD with named graphs kept), and a
 * property graph ({@link org.papergraph.export.GraphProjection}: papers and concepts as nodes, the
 * vocabulary's relations as edges weighted by supporting papers, narrowed by a
 * {@link org.papergraph.export.GraphSelection}) written as GEXF 1.3, GraphML, Cytoscape.js JSON,
 * Graphviz DOT or the Neo4j import CSV pair.
 */
package org.papergraph.export;
