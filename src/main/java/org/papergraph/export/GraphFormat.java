package org.papergraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The property-graph formats, for graph visualizers and graph databases. */
public enum GraphFormat {
    GEXF("gexf"),
    GRAPHML("graphml"),
    CYTOSCAPE("cyjs"),
    DOT("dot"),
    /** Two files: nodes and relationships. */
    NEO4J("csv");

    private final String extension;

    GraphFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The writer of a single-file format; NEO4J writes two files through {@link Neo4jCsvWriter}. */
    public GraphWriter writer() {
        return switch (this) {
            case GEXF -> new GexfWriter();
            case GRAPHML -> new GraphmlWriter();
            case CYTOSCAPE -> new CytoscapeJsonWriter();
            case DOT -> new DotWriter();
            case NEO4J -> throw new IllegalStateException("neo4j writes two files; use Neo4jCsvWriter");
        };
    }

    public static Optional<GraphFormat> find(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
