package org.papergraph.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Cytoscape.js elements JSON, the form Cytoscape (File, Import, Network from File) and
 * {@code cytoscape({elements})} both read: every node and edge a {@code data} object, with the
 * class also as a Cytoscape.js class for styling.
 */
public final class CytoscapeJsonWriter implements GraphWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format_version", "1.0");
            json.writeStringField("generated_by", "papergraph");
            json.writeStringField("target_cytoscapejs_version", "~3");
            json.writeObjectFieldStart("data");
            json.writeStringField("name", "papergraph");
            json.writeEndObject();
            json.writeObjectFieldStart("elements");
            json.writeArrayFieldStart("nodes");
            for (GraphNode node : graph.nodes()) {
                json.writeStartObject();
                json.writeObjectFieldStart("data");
                writeNode(json, node);
                json.writeEndObject();
                json.writeStringField("classes", node.nodeClass().label().toLowerCase(Locale.ROOT));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            for (GraphEdge edge : graph.edges()) {
                json.writeStartObject();
                json.writeObjectFieldStart("data");
                writeEdge(json, edge);
                json.writeEndObject();
                json.writeStringField("classes", edge.kind().label());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        out.flush();
    }

    /** The fields of a node's data object; the explorer's API writes the same. */
    public static void writeNode(JsonGenerator json, GraphNode node) throws IOException {
        json.writeStringField("id", node.id());
        json.writeStringField("label", node.label());
        json.writeStringField("class", node.nodeClass().label());
        json.writeStringField("color", node.nodeClass().hexColour());
        json.writeNumberField("papers", node.papers());
        json.writeNumberField("evidence", node.evidence());
        json.writeStringField("iri", node.iri());
    }

    public static void writeEdge(JsonGenerator json, GraphEdge edge) throws IOException {
        json.writeStringField("id", edge.id());
        json.writeStringField("source", edge.source());
        json.writeStringField("target", edge.target());
        json.writeStringField("relation", edge.kind().label());
        json.writeStringField("predicate", edge.predicateIri());
        json.writeNumberField("weight", edge.weight());
    }
}
