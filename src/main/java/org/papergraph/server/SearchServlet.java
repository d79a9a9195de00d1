package org.papergraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** GET /api/search?q=PREFIX: papers and concepts whose label or alias starts with PREFIX, with counts. */
final class SearchServlet extends HttpServlet {

    private static final int LIMIT = 20;

    private final transient ExplorerIndex index;

    SearchServlet(ExplorerIndex index) {
        this.index = index;
    }

    record Hit(String id, String label, String matched, String nodeClass, String color, int papers, int evidence) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        List<Hit> hits = index.search(q == null ? "" : q, LIMIT).stream()
                .map(m -> new Hit(m.node().id(), m.node().label(), m.matched(), m.node().nodeClass().label(),
                        m.node().nodeClass().hexColour(), m.node().papers(), m.node().evidence()))
                .toList();
        JsonResponse.send(response, hits);
    }
}
