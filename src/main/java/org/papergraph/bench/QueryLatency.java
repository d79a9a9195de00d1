package org.papergraph.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.QueryParameters;
import org.papergraph.query.QueryRunner;

/**
 * Latency of every shipped named query, warm, with parameters taken from the data itself: the most
 * used method, the most addressed task, and a paper that uses that method (so every query has
 * answers to compute, and the busiest concepts are the slow case).
 */
final class QueryLatency {

    private static final int WARM_UP_RUNS = 3;

    record Latency(String query, Map<String, String> parameters, int rows, double p50Millis, double p95Millis) {
    }

    private static final Query TOP_METHOD = QueryFactory.create("""
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?label (SAMPLE(?title) AS ?paper) WHERE {
              ?p pg:usesMethod ?m ; dcterms:title ?title . ?m a pg:Method ; skos:prefLabel ?label .
            } GROUP BY ?label ORDER BY DESC(COUNT(DISTINCT ?p)) ?label LIMIT 1""");

    private static final Query TOP_TASK = QueryFactory.create("""
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?label WHERE { ?p pg:addressesTask ?t . ?t a pg:Task ; skos:prefLabel ?label . }
            GROUP BY ?label ORDER BY DESC(COUNT(DISTINCT ?p)) ?label LIMIT 1""");

    private QueryLatency() {
    }

    static List<Latency> measure(DatasetGraph dataset, int runs) throws IOException {
        Optional<Binding> method = first(dataset, TOP_METHOD);
        String methodLabel = method.map(row -> row.get("label").getLiteralLexicalForm()).orElse("curriculum learning");
        String paperTitle = method.map(row -> row.get("paper").getLiteralLexicalForm()).orElse("");
        String taskLabel = first(dataset, TOP_TASK).map(row -> row.get("label").getLiteralLexicalForm()).orElse("reasoning");
        Map<String, String> values = Map.of("method", methodLabel, "task", taskLabel, "paper", paperTitle, "concept", methodLabel);
        List<Latency> latencies = new ArrayList<>();
        for (NamedQuery named : NamedQuery.allShipped()) {
            Map<String, String> parameters = new LinkedHashMap<>();
            named.parameters().stream().sorted().forEach(p -> parameters.put(p, values.getOrDefault(p, "")));
            latencies.add(measure(dataset, named, parameters, runs));
        }
        return latencies;
    }

    private static Latency measure(DatasetGraph dataset, NamedQuery named, Map<String, String> parameters, int runs) {
        Query query = QueryRunner.parse(named.text(), named.name());
        Map<String, Node> bound = QueryParameters.parse(parameters);
        int rows = 0;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            rows = run(dataset, query, bound);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run(dataset, query, bound);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Latency(named.name(), parameters, rows, percentile(millis, 50), percentile(millis, 95));
    }

    /** Runs the query as the CLI does (a read transaction, parameters substituted) and reads every row. */
    private static int run(DatasetGraph dataset, Query query, Map<String, Node> parameters) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
            parameters.forEach(builder::substitution);
            try (QueryExec exec = builder.build()) {
                int[] count = {0};
                exec.select().forEachRemaining(row -> count[0]++);
                return count[0];
            }
        });
    }

    private static Optional<Binding> first(DatasetGraph dataset, Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                var rows = exec.select();
                return rows.hasNext() ? Optional.of(rows.next()) : Optional.<Binding>empty();
            }
        });
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
