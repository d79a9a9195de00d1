package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.build.BuildPipeline;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.ingest.FormatDetector;
import org.papergraph.ingest.IngestLimits;
import org.papergraph.ingest.InputReader;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.PaperGraphCheck;
import org.papergraph.testing.SampleCorpus;
import org.papergraph.testing.SharedModels;

/**
 * Readers never see a half-written paper: while a build rewrites one listing (--force) and adds another,
 * batch by batch, an in-process reader loop and an HTTP client of the endpoint keep asking; every paper
 * they see is complete and has exactly the quads it has when the build is over.
 */
class ReadWhileBuildingTest {

    /** Quads per paper graph, as the endpoint sees them. */
    private static final String QUADS_PER_PAPER = """
            SELECT ?g (COUNT(*) AS ?n) WHERE {
              GRAPH ?g { ?s ?p ?o }
              FILTER(STRSTARTS(STR(?g), "https://w3id.org/papergraph/resource/graph/paper/"))
            } GROUP BY ?g""";

    /** Statements without their evidence, papers without a title: both must always be empty. */
    private static final String HALF_WRITTEN = """
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?g WHERE {
              { GRAPH ?g { ?s ?p ?o VALUES ?p { pg:proposes pg:usesMethod pg:addressesTask pg:usesDataset pg:usesMetric } }
                FILTER NOT EXISTS { GRAPH ?g { ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } } }
              UNION
              { GRAPH ?g { ?paper a pg:Paper } FILTER NOT EXISTS { GRAPH ?g { ?paper dcterms:title ?t } } }
              UNION
              { GRAPH ?g { ?e a pg:Evidence } FILTER NOT EXISTS { GRAPH ?g { ?x a pg:Paper } } }
            } LIMIT 5""";

    @Test
    void readersSeeOldOrNewPapersNeverHalfWrittenOnes(@TempDir Path dir) throws Exception {
        Path first = SampleCorpus.seed("002_");
        Path second = SampleCorpus.seed("000_");
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            build(store, List.of(first), false);
            PaperServer server = PaperServer.start(store, new ServerSettings("127.0.0.1", 0, 30_000));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicBoolean building = new AtomicBoolean(true);
            List<String> problems = new CopyOnWriteArrayList<>();
            Map<String, Long> seen = new ConcurrentHashMap<>();
            Map<String, Long> inconsistent = new ConcurrentHashMap<>();
            AtomicInteger inProcess = new AtomicInteger();
            AtomicInteger overHttp = new AtomicInteger();
            try {
                CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                    while (building.get()) {
                        problems.addAll(Txn.calculateRead(store.dataset(), () -> PaperGraphCheck.problems(store.datasetGraph())));
                        inProcess.incrementAndGet();
                    }
                });
                CompletableFuture<Void> client = CompletableFuture.runAsync(() -> {
                    while (building.get()) {
                        try {
                            for (QuerySolution row : select(http, server, HALF_WRITTEN)) {
                                problems.add("half-written over HTTP: " + row);
                            }
                            for (QuerySolution row : select(http, server, QUADS_PER_PAPER)) {
                                long n = row.getLiteral("n").getLong();
                                Long before = seen.putIfAbsent(row.getResource("g").getURI(), n);
                                if (before != null && before != n) {
                                    inconsistent.put(row.getResource("g").getURI(), n);
                                }
                            }
                            overHttp.incrementAndGet();
                        } catch (Exception e) {
                            problems.add("HTTP reader failed: " + e);
                        }
                    }
                });
                build(store, List.of(first, second), true);
                building.set(false);
                reader.get(2, TimeUnit.MINUTES);
                client.get(2, TimeUnit.MINUTES);
            } finally {
                building.set(false);
                server.close();
            }
            Map<String, Long> finalCounts = quadsPerPaper(store.datasetGraph());
            seen.forEach((graph, n) -> {
                if (!n.equals(finalCounts.get(graph))) {
                    problems.add(graph + " seen with " + n + " quads, has " + finalCounts.get(graph));
                }
            });
            String report = "reads during the build: " + inProcess.get() + " in-process, " + overHttp.get()
                    + " rounds of 2 queries over HTTP; paper graphs seen: " + seen.size();
            System.out.println(report);
            Files.writeString(Path.of("target", "robustness-concurrency.txt"), report + "\n");
            assertEquals(List.of(), problems);
            assertTrue(inconsistent.isEmpty(), inconsistent.toString());
            assertTrue(inProcess.get() > 0 && overHttp.get() > 0, report);
        }
    }

    private static void build(PaperStore store, List<Path> inputs, boolean force) throws java.io.IOException {
        BuildPipeline.builder()
                .reader(new InputReader(FormatDetector.standard(IngestLimits.DEFAULT)))
                .annotator(new org.papergraph.nlp.PaperAnnotator(SharedModels.memoizedAnnotator()))
                .extractor(new RuleBasedExtractor())
                .store(store)
                .threads(1)
                .batchSize(2)
                .force(force)
                .build()
                .run(inputs);
    }

    private static List<QuerySolution> select(HttpClient http, PaperServer server, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlUrl())).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<QuerySolution> result = new ArrayList<>();
        rows.forEachRemaining(result::add);
        return result;
    }

    private static Map<String, Long> quadsPerPaper(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> counts = new HashMap<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(QUADS_PER_PAPER).build()) {
                exec.select().forEachRemaining(row -> counts.put(row.get("g").getURI(),
                        Long.parseLong(row.get("n").getLiteralLexicalForm())));
            }
            return counts;
        });
    }
}
