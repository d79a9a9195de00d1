package org.papergraph.export;

import java.util.Arrays;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** The RDF formats papergraph exports; Turtle is the union graph, the others keep named graphs. */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE_BLOCKS, false, "ttl"),
    TRIG(RDFFormat.TRIG_BLOCKS, true, "trig"),
    NQUADS(RDFFormat.NQUADS, true, "nq"),
    JSONLD(RDFFormat.JSONLD11, true, "jsonld");

    private final RDFFormat rdfFormat;
    private final boolean namedGraphs;
    private final String extension;

    ExportFormat(RDFFormat rdfFormat, boolean namedGraphs, String extension) {
        this.rdfFormat = rdfFormat;
        this.namedGraphs = namedGraphs;
        this.extension = extension;
    }

    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    public boolean keepsNamedGraphs() {
        return namedGraphs;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + name + "'; use one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }
}
