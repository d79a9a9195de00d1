package org.papergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Graphviz DOT: filled nodes coloured by class (with a legend), edges labelled with their relation
 * and drawn thicker with more supporting papers. No Java library writes DOT, so every identifier
 * and label goes through {@link #quote}, the one place DOT's string syntax is handled.
 */
public final class DotWriter implements GraphWriter {

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        Writer dot = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        dot.write("digraph papergraph {\n");
        dot.write("  graph [charset=\"UTF-8\", rankdir=LR, overlap=false];\n");
        dot.write("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontcolor=white];\n");
        dot.write("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#777777\"];\n");
        dot.write("  subgraph cluster_legend {\n    label=\"classes\";\n");
        for (NodeClass c : NodeClass.values()) {
            dot.write("    " + quote("legend:" + c.label()) + " [label=" + quote(c.label())
                    + ", fillcolor=" + quote(c.hexColour()) + "];\n");
        }
        dot.write("  }\n");
        for (GraphNode node : graph.nodes()) {
            dot.write("  " + quote(node.id()) + " [label=" + quote(node.label())
                    + ", fillcolor=" + quote(node.nodeClass().hexColour())
                    + ", class=" + quote(node.nodeClass().label().toLowerCase(Locale.ROOT))
                    + ", tooltip=" + quote(node.nodeClass().label() + ": " + node.label() + " (" + node.papers() + " papers)")
                    + ", URL=" + quote(node.iri()) + "];\n");
        }
        for (GraphEdge edge : graph.edges()) {
            dot.write("  " + quote(edge.source()) + " -> " + quote(edge.target())
                    + " [label=" + quote(edge.kind().label())
                    + ", weight=" + edge.weight()
                    + ", penwidth=" + String.format(Locale.ROOT, "%.1f", 1 + Math.log(edge.weight()))
                    + ", URL=" + quote(edge.predicateIri()) + "];\n");
        }
        dot.write("}\n");
        dot.flush();
    }

    /**
     * A DOT double-quoted string. Backslash starts DOT's own escapes (\n, \l, \N) and must be doubled;
     * a newline becomes \n (a centred line break), so multi-line labels stay multi-line.
     */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> { }
                default -> quoted.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return quoted.append('"').toString();
    }
}
