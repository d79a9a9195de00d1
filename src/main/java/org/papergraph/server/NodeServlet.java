package org.papergraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.papergraph.export.GraphNode;
import org.papergraph.export.NodeClass;

/** GET /api/node?id=ID: the node, and its papers with the evidence sentences, mention marked. */
final class NodeServlet extends HttpServlet {

    private final transient ExplorerIndex index;
    private final transient EvidenceReader evidence;

    NodeServlet(ExplorerIndex index, EvidenceReader evidence) {
        this.index = index;
        this.evidence = evidence;
    }

    record Details(String id, String iri, String label, String nodeClass, String color, int papers,
                   List<EvidenceReader.PaperEvidence> evidence) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Optional<GraphNode> found = id == null ? Optional.empty() : index.node(id);
        if (found.isEmpty()) {
            JsonResponse.error(response, HttpServletResponse.SC_NOT_FOUND, "no node with id " + id);
            return;
        }
        GraphNode node = found.get();
        JsonResponse.send(response, new Details(node.id(), node.iri(), node.label(), node.nodeClass().label(),
                node.nodeClass().hexColour(), node.papers(),
                evidence.forNode(node.iri(), node.nodeClass() == NodeClass.PAPER)));
    }
}
