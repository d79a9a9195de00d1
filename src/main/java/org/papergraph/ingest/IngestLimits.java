package org.papergraph.ingest;

/** Limits that keep one pathological record from taking the build down. */
public record IngestLimits(int maxAbstractChars, int maxLineChars) {

    public static final IngestLimits DEFAULT = new IngestLimits(20_000, 1_000_000);

    public IngestLimits {
        if (maxAbstractChars < 100 || maxLineChars < 1000) {
            throw new IllegalArgumentException("limits too small: abstract " + maxAbstractChars + ", line " + maxLineChars);
        }
    }
}
