package org.papergraph.server;

/** Where the server listens, how long a query may run and how many results it may return. Port 0 picks a free port. */
public record ServerSettings(String host, int port, long queryTimeoutMillis, long maxResults) {

    public static final long DEFAULT_MAX_RESULTS = 10_000;

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3330;
    /** The path of the dataset: the SPARQL endpoint is {@code /papergraph/sparql}. */
    public static final String DATASET = "/papergraph";

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (queryTimeoutMillis <= 0) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
        if (maxResults <= 0) {
            throw new IllegalArgumentException("the result cap must be positive");
        }
    }

    public ServerSettings(String host, int port, long queryTimeoutMillis) {
        this(host, port, queryTimeoutMillis, DEFAULT_MAX_RESULTS);
    }
}
