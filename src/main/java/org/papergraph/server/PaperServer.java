package org.papergraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.papergraph.query.QueryGuards;
import org.papergraph.store.PaperStore;

/**
 * Fuseki over the store, read-only: the dataset is registered without update, so SPARQL Update and
 * Graph Store writes are refused with 4xx. The explorer's pages and API share the port.
 */
public final class PaperServer implements AutoCloseable {

    private final FusekiServer fuseki;
    private final String host;

    private PaperServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static PaperServer start(PaperStore store, ServerSettings settings) {
        // Fuseki reads the timeout from the dataset's context; a wrapper with its own copy keeps the
        // store's context (used by every other reader in this process) untouched.
        Context context = store.datasetGraph().getContext().copy();
        context.set(ARQ.queryTimeout, Long.toString(settings.queryTimeoutMillis()));
        DatasetGraph dataset = new DatasetGraphWrapper(store.datasetGraph(), context);
        // Queries that visitors write are capped; the explorer's own reads (its index) are not.
        Context capped = context.copy();
        QueryGuards.capResults(capped, settings.maxResults());
        DatasetGraph endpoint = new DatasetGraphWrapper(store.datasetGraph(), capped);
        ExplorerIndex index = ExplorerIndex.build(dataset);
        FusekiServer fuseki = FusekiServer.create()
                .port(settings.port())
                .add(ServerSettings.DATASET, endpoint, false)
                .enablePing(true)
                .addServlet("/api/search", new SearchServlet(index))
                .addServlet("/api/graph", new NeighbourhoodServlet(index))
                .addServlet("/api/node", new NodeServlet(index, new EvidenceReader(dataset)))
                .addServlet("/api/queries", new QueriesServlet())
                .addServlet("/api/run", new RunQueryServlet(endpoint, settings.queryTimeoutMillis()))
                .addServlet("/*", new StaticResourceServlet())
                .build();
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector server) {
                server.setHost(settings.host());
            }
        }
        fuseki.start();
        return new PaperServer(fuseki, settings.host());
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** "http://127.0.0.1:3330/" */
    public String url() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    public String sparqlUrl() {
        return url() + ServerSettings.DATASET.substring(1) + "/sparql";
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
