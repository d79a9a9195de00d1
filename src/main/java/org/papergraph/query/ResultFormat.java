package org.papergraph.query;

import java.util.Arrays;
import java.util.Locale;

/** Output formats: tables for SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML, TURTLE;

    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryFailure("unknown format '" + name + "'; use one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }
}
