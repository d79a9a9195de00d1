package org.papergraph.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.QueryParameters;
import org.papergraph.query.QueryRunner;

/**
 * Latency of every named query, warm, with the parameters of its own "# Example:" header line (the
 * documented use: "curriculum learning", "semantic segmentation"), except evidence.rq's paper, which
 * is taken from the data: the first paper, by title, that states the example concept.
 */
final class QueryLatency {

    private static final int WARM_UP_RUNS = 3;

    record Latency(String query, Map<String, String> parameters, int rows, double p50Millis, double p95Millis) {
    }

    /** "--param method="curriculum learning"" in a query's "# Example:" header line. */
    private static final Pattern EXAMPLE_PARAMETER = Pattern.compile("--param\\s+([A-Za-z_]+)=\"([^\"]*)\"");

    /** A paper that states the concept, for evidence.rq (its example names a sample paper, absent from generated corpora). */
    private static final String PAPER_WITH_CONCEPT = """
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?title WHERE {
              ?target pg:labelKey ?key . ?c (skos:broader|skos:exactMatch)* ?target .
              ?ev rdf:object ?c ; pg:inPaper ?p . ?p dcterms:title ?title .
            } ORDER BY ?title LIMIT 1""";

    private QueryLatency() {
    }

    static List<Latency> measure(DatasetGraph dataset, int runs) throws IOException {
        return measure(dataset, NamedQuery.allShipped(), runs);
    }

    static List<Latency> measure(DatasetGraph dataset, List<NamedQuery> queries, int runs) {
        List<Latency> latencies = new ArrayList<>();
        for (NamedQuery named : queries) {
            Map<String, String> parameters = new LinkedHashMap<>();
            Matcher m = EXAMPLE_PARAMETER.matcher(exampleLine(named.text()));
            while (m.find()) {
                parameters.put(m.group(1), m.group(2));
            }
            if (parameters.containsKey("paper") && parameters.containsKey("concept")) {
                parameters.put("paper", paperStating(dataset, parameters.get("concept")));
            }
            latencies.add(measure(dataset, named, parameters, runs));
        }
        return latencies;
    }

    /** What the named queries compute from a concept parameter before matching pg:labelKey. */
    private static String labelKey(String concept) {
        return concept.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2010\u2011\u2013]+", " ").strip();
    }

    private static String exampleLine(String text) {
        return text.lines().filter(line -> line.startsWith("# Example:")).findFirst().orElse("");
    }

    private static String paperStating(DatasetGraph dataset, String concept) {
        Query query = QueryFactory.create("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n" + PAPER_WITH_CONCEPT);
        Map<String, Node> key = Map.of("key", NodeFactory.createLiteralString(labelKey(concept)));
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
            key.forEach(builder::substitution);
            try (QueryExec exec = builder.build()) {
                var rows = exec.select();
                return rows.hasNext() ? rows.next().get("title").getLiteralLexicalForm() : "";
            }
        });
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

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
