package org.papergraph.server;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.papergraph.query.QueryFailure;
import org.papergraph.query.QueryParameters;
import org.papergraph.query.QueryRunner;

/**
 * POST /api/run (form: query, and param.NAME=VALUE for each parameter): the explorer's SPARQL box.
 * Parameters are bound as RDF terms, as on the command line. SELECT and ASK answer in SPARQL JSON
 * results; CONSTRUCT and DESCRIBE as Cytoscape.js elements. Only queries parse, so nothing can write.
 */
final class RunQueryServlet extends HttpServlet {

    private static final String PARAM_PREFIX = "param.";

    private final transient DatasetGraph dataset;
    private final long timeoutMillis;

    RunQueryServlet(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = request.getParameter("query");
        if (text == null || text.isBlank()) {
            JsonResponse.error(response, HttpServletResponse.SC_BAD_REQUEST, "no query given");
            return;
        }
        Query query;
        Map<String, Node> bound;
        try {
            query = QueryRunner.parse(text, "query");
            Map<String, String> raw = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                if (name.startsWith(PARAM_PREFIX) && values.length > 0 && !values[0].isEmpty()) {
                    raw.put(name.substring(PARAM_PREFIX.length()), values[0]);
                }
            });
            bound = QueryParameters.parse(raw);
        } catch (QueryFailure e) {
            JsonResponse.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        try {
            Txn.executeRead(dataset, () -> run(query, bound, response));
        } catch (QueryCancelledException e) {
            JsonResponse.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "the query ran longer than " + timeoutMillis + " ms and was stopped");
        } catch (QueryFailure e) {
            JsonResponse.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void run(Query query, Map<String, Node> bound, HttpServletResponse response) {
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        bound.forEach(builder::substitution);
        try (QueryExec exec = builder.build()) {
            if (query.isSelectType()) {
                // Materialise first, so a timeout is reported as an error rather than a cut-off answer.
                ResultSet rows = ResultSet.adapt(exec.select()).materialise();
                response.setContentType("application/sparql-results+json");
                response.setCharacterEncoding("UTF-8");
                ResultSetMgr.write(response.getOutputStream(), rows, ResultSetLang.RS_JSON);
            } else if (query.isAskType()) {
                boolean answer = exec.ask();
                response.setContentType("application/sparql-results+json");
                org.apache.jena.query.ResultSetFormatter.output(response.getOutputStream(), answer, ResultSetLang.RS_JSON);
            } else {
                Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
                try (JsonGenerator json = JsonResponse.stream(response)) {
                    new TripleGraphJson(dataset.getUnionGraph()).write(graph, json);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Carries an I/O failure out of the transaction lambda. */
    private static final class UncheckedIOException extends RuntimeException {
        UncheckedIOException(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
