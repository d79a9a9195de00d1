package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.query.NamedQuery;
import org.papergraph.store.PaperStore;
import org.papergraph.testing.ConnectionTrap;
import org.papergraph.testing.PathologicalQueries;
import org.papergraph.testing.SampleCorpus;

/**
 * {@code papergraph query} lets no one in: parameters are bound, never spliced, into every shipped
 * query; SERVICE and LOAD are refused; FROM reads no file; pathological queries stop at --timeout with
 * a message, not a stack trace. (NamedQueriesTest pins the binding of one query in-process.)
 */
class QuerySafetyTest {

    static final List<String> HOSTILE = List.of("x\" } ; DROP ALL ; #", "> . ?s ?p ?o FILTER(regex(?o, \"(a+)+$\")) #",
            "curriculum learning\" . } } UNION { ?s ?p ?o } #");

    @TempDir
    static Path dir;
    private static Path db;
    private static long quads;

    /** What one query printed and returned. */
    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void build() throws IOException {
        db = dir.resolve("db");
        try (PaperStore store = PaperStore.open(db)) {
            SampleCorpus.build(store, List.of(SampleCorpus.seed("002_")));
            quads = store.stats().quads();
        }
    }

    private static Run query(String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cli = Main.commandLine();
            cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
            List<String> all = new ArrayList<>(List.of("query", "--db", db.toString()));
            all.addAll(List.of(args));
            int exit = cli.execute(all.toArray(String[]::new));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
        }
    }

    private static long storedQuads() {
        try (PaperStore store = PaperStore.open(db)) {
            return store.stats().quads();
        }
    }

    @Test
    void hostileParameterValuesMatchNothingInEveryShippedQuery() throws IOException {
        int runs = 0;
        for (NamedQuery named : NamedQuery.allShipped()) {
            if (named.parameters().isEmpty()) {
                continue;
            }
            for (String hostile : HOSTILE) {
                List<String> args = new ArrayList<>(List.of(named.name(), "--format", "csv"));
                named.parameters().forEach(p -> args.addAll(List.of("--param", p + "=" + hostile)));
                Run run = query(args.toArray(String[]::new));
                assertEquals(ExitCodes.OK, run.exit(), named.name() + " " + hostile + ": " + run.err());
                assertEquals(1, run.out().lines().count(), "header only, no rows: " + named.name() + " " + hostile + "\n" + run.out());
                runs++;
            }
        }
        assertTrue(runs >= 10);
        Run iri = query("papers-using-method", "--param", "method=<x> } ; DROP ALL ; #>");
        assertEquals(ExitCodes.USAGE, iri.exit(), iri.err());
        assertEquals(quads, storedQuads(), "nothing changed");
    }

    @Test
    void serviceLoadAndFromReachNothingOutsideTheDatabase(@TempDir Path files) throws Exception {
        ConnectionTrap trap = new ConnectionTrap();
        try (trap) {
            for (String service : List.of("http://127.0.0.1:" + trap.port() + "/sparql", "http://127.0.0.1:1/sparql")) {
                Run run = query("-e", "SELECT * WHERE { SERVICE <" + service + "> { ?s ?p ?o } }");
                assertEquals(ExitCodes.USAGE, run.exit(), run.err());
                assertTrue(run.err().contains("SERVICE"), run.err());
                assertFalse(run.err().contains("Exception"), run.err());
            }
        }
        assertEquals(0, trap.connections(), "a query connected out");

        Path secret = files.resolve("secret.ttl");
        Files.writeString(secret, "<urn:secret:s> <urn:secret:p> \"leaked\" .\n");
        Run from = query("-e", "SELECT ?o FROM <" + secret.toUri() + "> WHERE { ?s ?p ?o }", "--format", "csv");
        assertFalse(from.out().contains("leaked"), from.out());
        Run load = query("-e", "LOAD <" + secret.toUri() + ">");
        assertEquals(ExitCodes.USAGE, load.exit(), load.err());
        Path written = files.resolve("out.ttl");
        Run into = query("-e", "LOAD <" + secret.toUri() + "> INTO GRAPH <" + written.toUri() + ">");
        assertEquals(ExitCodes.USAGE, into.exit(), into.err());
        assertFalse(Files.exists(written));
        assertEquals(quads, storedQuads(), "nothing changed");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void pathologicalQueriesStopAtTheTimeoutWithAMessage() {
        for (var shape : PathologicalQueries.SHAPES.entrySet()) {
            Run run = query("-e", shape.getValue(), "--timeout", "2");
            assertEquals(ExitCodes.USAGE, run.exit(), shape.getKey() + ": " + run.err());
            assertTrue(run.err().contains(shape.getKey().startsWith("regex") ? "regular expression backtracked too much" : "ran longer than"),
                    shape.getKey() + ": " + run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }
}
