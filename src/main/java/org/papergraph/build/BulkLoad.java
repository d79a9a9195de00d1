package org.papergraph.build;

/**
 * When a build loads through Jena's bulk loader instead of write transactions. Only a first build (an
 * empty database on disk) can: it stages every paper's quads in a file and loads them at the end, with
 * no copy-on-write copies to compact away. The price is that an interrupted first build keeps nothing,
 * where one written batch by batch keeps every finished batch.
 */
public enum BulkLoad {
    /** First builds of {@link #AUTO_MIN_RECORDS} records or more. */
    AUTO,
    /** Every first build. */
    ALWAYS,
    /** Never: every batch is a write transaction. */
    NEVER;

    /** Below this, writing batch by batch costs a first build little, and keeps its finished batches. */
    public static final long AUTO_MIN_RECORDS = 10_000;

    boolean appliesTo(long records) {
        return switch (this) {
            case AUTO -> records >= AUTO_MIN_RECORDS;
            case ALWAYS -> true;
            case NEVER -> false;
        };
    }
}
