package org.papergraph.query;

/** A query that cannot run as written: a syntax error (with line and column), a bad parameter or format. */
public class QueryFailure extends RuntimeException {

    public QueryFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public QueryFailure(String message) {
        super(message);
    }
}
