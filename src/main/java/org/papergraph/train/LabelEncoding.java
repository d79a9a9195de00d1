package org.papergraph.train;

import java.util.Locale;

/** How a CRF's training labels mark a mention's tokens. */
public enum LabelEncoding {
    /** Every token the type ("Method"): a run of one type is one mention, adjacent mentions merge. */
    IO,
    /** "B-Method" on the first token, "I-Method" on the rest. */
    IOB2,
    /**
     * "S-Method" on a one-token mention; else "B-Method" first, "E-Method" last, "I-Method" between: a
     * mention's both ends have labels of their own.
     */
    BIOES;

    /** The label of the token at {@code position} (from 0) of a mention of {@code length} tokens. */
    public String label(String type, int position, int length) {
        return switch (this) {
            case IO -> type;
            case IOB2 -> (position == 0 ? "B-" : "I-") + type;
            case BIOES -> (length == 1 ? "S-" : position == 0 ? "B-" : position == length - 1 ? "E-" : "I-") + type;
        };
    }

    /** The encoding a settings value names, in any case. */
    public static LabelEncoding of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown label encoding '" + name.trim() + "' (use IO, IOB2 or BIOES)");
        }
    }
}
