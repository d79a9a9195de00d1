package org.papergraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.papergraph.rdf.PG;

/** The kinds of node in the property graph, with the colour every visual export gives them. */
public enum NodeClass {
    PAPER("Paper", 0x8c, 0x8c, 0x8c),
    METHOD("Method", 0x1f, 0x77, 0xb4),
    TASK("Task", 0xff, 0x7f, 0x0e),
    DATASET("Dataset", 0x2c, 0xa0, 0x2c),
    METRIC("Metric", 0xd6, 0x27, 0x28);

    private final String label;
    private final int red;
    private final int green;
    private final int blue;

    NodeClass(String label, int red, int green, int blue) {
        this.label = label;
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    /** "Method": the ontology's local name, used as the class attribute in every format. */
    public String label() {
        return label;
    }

    public Node rdfClass() {
        return PG.uri(label);
    }

    public int red() {
        return red;
    }

    public int green() {
        return green;
    }

    public int blue() {
        return blue;
    }

    /** "#1f77b4". */
    public String hexColour() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    public static Optional<NodeClass> ofRdfClass(Node type) {
        return Arrays.stream(values()).filter(c -> c.rdfClass().equals(type)).findFirst();
    }

    /** Parses "method" or "Method"; the message lists the choices. */
    public static NodeClass parse(String name) {
        return Arrays.stream(values()).filter(c -> c.label.equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown class '" + name + "'; use one of "
                        + Arrays.stream(values()).map(c -> c.label.toLowerCase(Locale.ROOT)).toList()));
    }
}
