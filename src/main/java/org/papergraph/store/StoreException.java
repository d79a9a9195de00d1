package org.papergraph.store;

/** The database could not be opened or used; the message says why and what to do. */
public class StoreException extends RuntimeException {

    private final boolean locked;

    public StoreException(String message, boolean locked, Throwable cause) {
        super(message, cause);
        this.locked = locked;
    }

    /** True when another process holds the database. */
    public boolean locked() {
        return locked;
    }
}
