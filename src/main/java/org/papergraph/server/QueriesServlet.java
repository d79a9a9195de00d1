package org.papergraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.papergraph.query.NamedQuery;

/** GET /api/queries: the shipped named queries (text, description, parameters) as examples, plus a CONSTRUCT. */
final class QueriesServlet extends HttpServlet {

    static final String CONSTRUCT_EXAMPLE = """
            # A graph: which papers use which methods (CONSTRUCT results are drawn, SELECT results tabled).
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            CONSTRUCT { ?paper pg:usesMethod ?method }
            WHERE { ?paper a pg:Paper ; pg:usesMethod ?method }
            LIMIT 150
            """;

    record Example(String name, String description, List<String> parameters, String text) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (NamedQuery q : NamedQuery.allShipped()) {
            examples.add(new Example(q.name(), q.description(), List.copyOf(new TreeSet<>(q.parameters())), q.text()));
        }
        examples.add(new Example("papers-using-methods-graph", "Which papers use which methods, as a graph",
                List.of(), CONSTRUCT_EXAMPLE));
        JsonResponse.send(response, examples);
    }
}
