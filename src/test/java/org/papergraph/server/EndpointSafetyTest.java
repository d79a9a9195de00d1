package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.testing.ConnectionTrap;
import org.papergraph.testing.PathologicalQueries;
import org.papergraph.testing.SampleCorpus;

/**
 * The endpoint lets no one in: loopback only by default, no writes of any kind, no query that runs past
 * its timeout or returns more than the cap, no request that reaches the network or the file system.
 */
class EndpointSafetyTest {

    private static final long TIMEOUT_MILLIS = 1500;
    private static final long MAX_RESULTS = 50;

    private static final Map<String, String> PATHOLOGICAL = PathologicalQueries.SHAPES;

    private static PaperServer server;
    private static long quadsBefore;

    @BeforeAll
    static void start() {
        quadsBefore = SampleCorpus.store().stats().quads();
        server = PaperServer.start(SampleCorpus.store(),
                new ServerSettings(ServerSettings.DEFAULT_HOST, 0, TIMEOUT_MILLIS, MAX_RESULTS));
    }

    @AfterAll
    static void stop() {
        server.close();
        assertEquals(quadsBefore, SampleCorpus.store().stats().quads(), "nothing was written");
    }

    /** A client per request: the server may close a connection after refusing or stopping a request. */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http().send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path));
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        return send(at("papergraph/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))));
    }

    @Test
    void listensOnLoopbackOnlyUnlessToldOtherwise() throws Exception {
        assertEquals("127.0.0.1", ServerSettings.DEFAULT_HOST);
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, server.port()), 2000);
                        throw new AssertionError("the server answers on " + address);
                    } catch (ConnectException expected) {
                        // refused: nothing listens there
                    }
                }
            }
        }
    }

    @Test
    void everyKindOfWriteIsRefusedWith4xx() throws Exception {
        String turtle = "<urn:x:a> <urn:x:b> <urn:x:c> .";
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\n"
                + "Content-Type: text/turtle\r\n\r\n" + turtle + "\r\n--b--\r\n";
        List<HttpRequest.Builder> writes = List.of(
                at("papergraph/update").header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")),
                at("papergraph").header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { " + turtle + " }")),
                at("papergraph/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode("CLEAR ALL", StandardCharsets.UTF_8))),
                at("papergraph/data?default").header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(turtle)),
                at("papergraph?default").header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(turtle)),
                at("papergraph/data?graph=urn:x:g").header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)),
                at("papergraph?default").header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle)),
                at("papergraph?default").DELETE(),
                at("papergraph/data?graph=" + URLEncoder.encode("https://w3id.org/papergraph/resource/graph/concepts", StandardCharsets.UTF_8)).DELETE(),
                at("papergraph/upload").header("Content-Type", "multipart/form-data; boundary=b").POST(HttpRequest.BodyPublishers.ofString(multipart)),
                at("papergraph").header("Content-Type", "multipart/form-data; boundary=b").POST(HttpRequest.BodyPublishers.ofString(multipart)),
                at("papergraph?default").header("Content-Type", "text/turtle").method("PATCH", HttpRequest.BodyPublishers.ofString(turtle)),
                at("$/datasets?dbName=x&dbType=mem").POST(HttpRequest.BodyPublishers.noBody()),
                at("api/run").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8))));
        List<String> answers = new ArrayList<>();
        for (HttpRequest.Builder write : writes) {
            HttpRequest request = write.timeout(Duration.ofSeconds(60)).build();
            int status = http().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            answers.add(request.method() + " " + request.uri().getPath() + " -> " + status);
            assertTrue(status >= 400 && status < 500, answers.toString());
        }
        assertTrue(query("ASK { <urn:x:a> ?p ?o }").body().contains("false"));
        assertEquals(quadsBefore, SampleCorpus.store().stats().quads(), "nothing was written: " + answers);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void pathologicalQueriesStopAtTheTimeout() throws Exception {
        List<String> stopped = new ArrayList<>();
        for (var shape : PATHOLOGICAL.entrySet()) {
            HttpResponse<String> response = query(shape.getValue());
            assertEquals(503, response.statusCode(), shape.getKey() + ": " + response.body());
            stopped.add(shape.getKey());
        }
        Files.writeString(Path.of("target", "robustness-timeouts.txt"), "endpoint stopped: " + stopped + "\n");
    }

    @Test
    void resultsAreCapped() throws Exception {
        assertEquals(MAX_RESULTS, query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").body().lines().count() - 1);
        assertEquals(7, query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 7").body().lines().count() - 1);
        assertEquals(MAX_RESULTS, query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 100000").body().lines().count() - 1);
        HttpResponse<String> explorer = send(at("api/run").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8))));
        assertEquals(MAX_RESULTS, new ObjectMapper().readTree(explorer.body()).path("results").path("bindings").size());
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void concurrentSlowQueriesAndAStalledClientDoNotHoldTheServer() throws Exception {
        try (Socket stalled = new Socket("127.0.0.1", server.port())) {
            OutputStream half = stalled.getOutputStream();
            half.write("POST /papergraph/sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nquery=".getBytes(StandardCharsets.US_ASCII));
            half.flush();
            List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String shape = List.copyOf(PATHOLOGICAL.values()).get(i % PATHOLOGICAL.size());
                slow.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return query(shape);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            HttpResponse<String> quick = query("ASK { ?s ?p ?o }");
            assertEquals(200, quick.statusCode());
            assertTrue(quick.body().contains("true"), quick.body());
            for (CompletableFuture<HttpResponse<String>> response : slow) {
                assertEquals(503, response.get(2, TimeUnit.MINUTES).statusCode());
            }
        }
    }

    @Test
    void noQueryReachesTheNetworkOrTheFileSystem(@TempDir Path dir) throws Exception {
        ConnectionTrap trap = new ConnectionTrap();
        try (trap) {
            Path secret = dir.resolve("secret.ttl");
            Files.writeString(secret, "<urn:secret:s> <urn:secret:p> \"leaked\" .\n");
            for (String service : List.of("http://127.0.0.1:" + trap.port() + "/sparql", "http://127.0.0.1:1/sparql")) {
                HttpResponse<String> response = query("SELECT * WHERE { SERVICE <" + service + "> { ?s ?p ?o } }");
                assertTrue(response.statusCode() >= 400, "SERVICE refused: " + response.statusCode() + " " + response.body());
                assertFalse(response.body().contains("leaked"));
            }
            String fromFile = "SELECT ?o FROM <" + secret.toUri() + "> WHERE { ?s ?p ?o }";
            HttpResponse<String> from = query(fromFile);
            assertFalse(from.body().contains("leaked"), "FROM <file:...> read the file: " + from.body());
            String load = "LOAD <" + secret.toUri() + ">";
            int loadStatus = send(at("papergraph/update").header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(load))).statusCode();
            assertTrue(loadStatus >= 400 && loadStatus < 500, "LOAD refused: " + loadStatus);
            assertFalse(query("ASK { ?s ?p \"leaked\" }").body().contains("true"));
        }
        assertEquals(0, trap.connections(), "a query connected out");
    }
}
