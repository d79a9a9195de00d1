package org.papergraph.server;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.papergraph.export.CytoscapeJsonWriter;
import org.papergraph.export.GraphEdge;
import org.papergraph.export.GraphNode;
import org.papergraph.export.PropertyGraph;

/** GET /api/graph?id=ID&amp;depth=N: the node's neighbourhood as Cytoscape.js elements. */
final class NeighbourhoodServlet extends HttpServlet {

    private final transient ExplorerIndex index;

    NeighbourhoodServlet(ExplorerIndex index) {
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Optional<GraphNode> centre = id == null ? Optional.empty() : index.node(id);
        if (centre.isEmpty()) {
            JsonResponse.error(response, HttpServletResponse.SC_NOT_FOUND, "no node with id " + id);
            return;
        }
        int depth = 1;
        try {
            if (request.getParameter("depth") != null) {
                depth = Math.max(0, Math.min(3, Integer.parseInt(request.getParameter("depth"))));
            }
        } catch (NumberFormatException e) {
            JsonResponse.error(response, HttpServletResponse.SC_BAD_REQUEST, "depth must be a number from 0 to 3");
            return;
        }
        PropertyGraph near = index.neighbourhood(centre.get(), depth);
        try (JsonGenerator json = JsonResponse.stream(response)) {
            json.writeStartObject();
            json.writeStringField("centre", centre.get().id());
            json.writeArrayFieldStart("nodes");
            for (GraphNode node : near.nodes()) {
                json.writeStartObject();
                json.writeObjectFieldStart("data");
                CytoscapeJsonWriter.writeNode(json, node);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            for (GraphEdge edge : near.edges()) {
                json.writeStartObject();
                json.writeObjectFieldStart("data");
                CytoscapeJsonWriter.writeEdge(json, edge);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
