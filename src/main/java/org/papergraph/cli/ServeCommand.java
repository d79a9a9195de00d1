package org.papergraph.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.papergraph.server.PaperServer;
import org.papergraph.server.ServerSettings;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve",
        description = {
                "Serves a read-only SPARQL endpoint and the web explorer.",
                "A SPARQL 1.1 endpoint (GET and POST; JSON, XML, CSV, TSV results,",
                "Turtle or JSON-LD graphs by content negotiation) at /papergraph/sparql, and a web explorer at /",
                "(search a concept or paper, see its neighbourhood, its papers and the evidence sentences).",
                "Updates are refused. Listens on 127.0.0.1 only, unless --host says otherwise. Ctrl-C stops it."},
        footer = {"", "Examples:",
                "  papergraph serve                 then open the printed URL",
                "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' \\",
                "       http://127.0.0.1:3330/papergraph/sparql", "", ExitCodes.HELP},
        mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 exposes the data to the network.")
    private String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Stop any query that runs longer. Default: ${DEFAULT-VALUE}.")
    private double timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, Math.round(timeoutSeconds * 1000));
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
        try (PaperStore store = common.openExisting()) {
            PaperServer server;
            try {
                server = PaperServer.start(store, settings);
            } catch (RuntimeException e) {
                if (isBindFailure(e)) {
                    throw new UserError(ExitCodes.USAGE, "cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                            + "); is another server using it? Choose another with --port");
                }
                throw e;
            }
            System.out.println("papergraph explorer:   " + server.url());
            System.out.println("SPARQL endpoint:       " + server.sparqlUrl() + "  (read-only, "
                    + settings.queryTimeoutMillis() / 1000.0 + " s timeout)");
            System.out.println("Press Ctrl-C to stop.");
            System.out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            server.join();
        }
        return ExitCodes.OK;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
