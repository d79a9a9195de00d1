/**
 * RDF: turns linked extractions and concept records into quads, written to a Jena
 * {@link org.apache.jena.riot.system.StreamRDF} sink (a store, a file or a test collector alike).
 *
 * <p>In: a {@link org.papergraph.concepts.LinkedExtraction} per paper, {@link org.papergraph.concepts.ConceptRecord}s.
 * Out: quads in one named graph per paper and one concepts graph. IRIs are minted by {@link org.papergraph.rdf.Iris}.
 */
package org.papergraph.rdf;
