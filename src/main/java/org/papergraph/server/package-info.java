/**
 * Server: {@code papergraph serve}. An embedded Fuseki over the TDB2 store (a read-only SPARQL 1.1
 * Protocol endpoint with a query timeout) and, on the same port, the web explorer: static pages
 * (src/main/resources/org/papergraph/server/www, Cytoscape.js from its WebJar) and a small JSON API.
 *
 * <p>In: an open {@link org.papergraph.store.PaperStore} and {@link org.papergraph.server.ServerSettings}.
 * Out: a running server; its URL. Everything the API sends is built with Jackson; user text reaches
 * SPARQL only as bound RDF terms.
 */
package org.papergraph.server;
