/**
 * Export: writes the store in standard RDF serializations for other tools.
 *
 * <p>In: the store. Out: a file or stream in Turtle (the union of all graphs, with the ontology's
 * prefixes), TriG, N-Quads or JSON-LD (named graphs kept).
 */
package org.papergraph.export;
