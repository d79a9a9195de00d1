package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.QueryRunner;
import org.papergraph.testing.QueryResults;
import org.papergraph.testing.SampleCorpus;

/** The endpoint speaks the SPARQL 1.1 Protocol over the sample corpus, read-only and with a timeout. */
class SparqlEndpointTest {

    private static PaperServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        server = PaperServer.start(SampleCorpus.store(), new ServerSettings("127.0.0.1", 0, 1500));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path.replaceFirst("^/", ""))).timeout(Duration.ofSeconds(60));
    }

    private static HttpRequest.Builder withBody(String path, String contentType, String method, String body) {
        return at(path).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String accept) throws Exception {
        return HTTP.send(withBody(path, contentType, "POST", body).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(at(path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void namedQueryOverHttpGivesTheSameRowsAsInProcess() throws Exception {
        NamedQuery named = NamedQuery.load("papers-using-method");
        Query query = QueryRunner.parse(named.text(), named.name());
        // The protocol has no parameters: bind ?method in the syntax tree, as a term, not as text.
        Query bound = QueryTransformOps.transform(query,
                Map.of(Var.alloc("method"), NodeFactory.createLiteralString("curriculum learning")));
        HttpResponse<String> response = post(ServerSettings.DATASET + "/sparql", "application/x-www-form-urlencoded",
                form("query", bound.serialize()), "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> overHttp = new ArrayList<>();
        rows.forEachRemaining(row -> overHttp.add(row.get("paper").toString() + " | " + row.getLiteral("title").getLexicalForm()));
        var local = QueryResults.named(SampleCorpus.store().datasetGraph(), "papers-using-method",
                Map.of("method", "curriculum learning"));
        List<String> inProcess = local.stream().map(b -> b.get("paper").getURI() + " | "
                + b.get("title").getLiteralLexicalForm()).toList();
        assertFalse(inProcess.isEmpty());
        assertEquals(new TreeSet<>(inProcess), new TreeSet<>(overHttp));
        assertEquals(inProcess.size(), overHttp.size());
    }

    @Test
    void contentNegotiationForResultsAndGraphs() throws Exception {
        String select = form("query", "SELECT ?p WHERE { ?p a <https://w3id.org/papergraph/ontology#Paper> } LIMIT 2");
        HttpResponse<String> csv = get(ServerSettings.DATASET + "/sparql?" + select, "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("p\r\n"), csv.body());
        HttpResponse<String> tsv = get(ServerSettings.DATASET + "/sparql?" + select, "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?p"), tsv.body());
        HttpResponse<String> xml = get(ServerSettings.DATASET + "/sparql?" + select, "application/sparql-results+xml");
        assertTrue(xml.body().contains("<sparql"), xml.body());
        String construct = form("query", "CONSTRUCT WHERE { ?p a <https://w3id.org/papergraph/ontology#Paper> } LIMIT 2");
        HttpResponse<String> turtle = get(ServerSettings.DATASET + "/sparql?" + construct, "text/turtle");
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> jsonld = get(ServerSettings.DATASET + "/sparql?" + construct, "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        new ObjectMapper().readTree(jsonld.body());
    }

    @Test
    void updatesAndGraphStoreWritesAreRefused() throws Exception {
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        int viaUpdateEndpoint = onNewConnection(withBody(ServerSettings.DATASET + "/update", "application/x-www-form-urlencoded",
                "POST", form("update", insert)));
        int viaDataset = onNewConnection(withBody(ServerSettings.DATASET, "application/sparql-update", "POST", insert));
        int viaGraphStore = onNewConnection(withBody("papergraph?default", "text/turtle", "PUT", "<urn:x:a> <urn:x:b> <urn:x:c> ."));
        for (int status : new int[] {viaUpdateEndpoint, viaDataset, viaGraphStore}) {
            assertTrue(status >= 400 && status < 500, "refused with 4xx, got " + status);
        }
        HttpResponse<String> ask = get(ServerSettings.DATASET + "/sparql?" + form("query", "ASK { <urn:x:a> ?p ?o }"),
                "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), "nothing was written: " + ask.body());
    }

    /**
     * The status of a refused write, sent on a connection of its own: the server refuses without reading
     * the body and then closes the connection, so a pooled connection reused for the next request can
     * meet end-of-file instead of a response.
     */
    private static int onNewConnection(HttpRequest.Builder request) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void pathologicalQueryStopsAtTheTimeout() throws Exception {
        String cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long started = System.nanoTime();
        HttpResponse<String> response = post(ServerSettings.DATASET + "/sparql", "application/x-www-form-urlencoded",
                form("query", cross), "application/sparql-results+json");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(response.statusCode() >= 400, "a timed-out query is an error, got " + response.statusCode());
        assertTrue(millis < 15_000, "stopped near the 1.5 s timeout, took " + millis + " ms");
    }

    @Test
    void explorerApiFindsCurriculumLearning() throws Exception {
        HttpResponse<String> hits = get("api/search?q=" + URLEncoder.encode("Curriculum Lea", StandardCharsets.UTF_8), "application/json");
        JsonNode first = new ObjectMapper().readTree(hits.body()).get(0);
        assertEquals("curriculum learning", first.path("label").asText());
        assertTrue(first.path("papers").asInt() >= 2);
        JsonNode node = new ObjectMapper().readTree(get("api/node?id=" + first.path("id").asText(), "application/json").body());
        JsonNode sentence = node.path("evidence").get(0).path("sentences").get(0);
        assertFalse(sentence.path("mention").asText().isEmpty(), "the mention is marked: " + sentence);
        HttpResponse<String> page = get("", "text/html");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(200, get("vendor/cytoscape.min.js", "*/*").statusCode());
    }
}
