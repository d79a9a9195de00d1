package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages a user or script sees. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private int run(String... args) {
        var cli = Main.commandLine();
        cli.setOut(new java.io.PrintWriter(System.out, true));
        cli.setErr(new java.io.PrintWriter(System.err, true));
        return cli.execute(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpExplainsTheCommandsAndExitCodes() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String word : new String[] {"build", "query", "export", "stats", "validate", "Exit codes"}) {
            assertTrue(help.contains(word), word);
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("build", "--no-such-option", "x"));
        assertTrue(stderr().contains("--no-such-option"));
    }

    @Test
    void missingInputIsAnInputErrorNamingIt(@TempDir Path dir) {
        assertEquals(ExitCodes.INPUT, run("build", "--db", dir.resolve("db").toString(), dir.resolve("nope.txt").toString()));
        assertTrue(stderr().contains("nope.txt"), stderr());
        assertFalse(stderr().contains("Exception"), stderr());
    }

    @Test
    void queryWithoutADatabaseSaysToBuildFirst(@TempDir Path dir) {
        assertEquals(ExitCodes.DATABASE, run("query", "--db", dir.resolve("none").toString(), "top-methods"));
        assertTrue(stderr().contains("build one first"), stderr());
    }

    @Test
    void missingParameterAndSyntaxErrorsAreUsageErrors(@TempDir Path dir) throws Exception {
        assertEquals(ExitCodes.USAGE, run("query", "--db", dir.toString(), "papers-using-method"));
        assertTrue(stderr().contains("--param method=VALUE"), stderr());
        Path bad = Files.writeString(dir.resolve("bad.rq"), "SELECT * WHERE {\n ?s ?p\n}\n");
        assertEquals(ExitCodes.USAGE, run("query", "--db", dir.toString(), bad.toString()));
        assertTrue(stderr().contains("bad.rq:3:"), stderr());
    }

    @Test
    void aMissingModelFileIsAUsageErrorNamingTheOption(@TempDir Path dir) throws Exception {
        Path scierc = dir.resolve("dev.json");
        Files.writeString(scierc, "{\"doc_key\": \"ok\", \"sentences\": [[\"A\"]], \"ner\": [[]], \"relations\": [[]]}\n");
        for (String option : new String[] {"--ner-model", "--boundary-model", "--relation-model"}) {
            err.reset();
            assertEquals(ExitCodes.USAGE, run("eval", "--scierc", scierc.toString(), option, dir.resolve("nope.ser.gz").toString()));
            assertTrue(stderr().contains(option + " " + dir.resolve("nope.ser.gz") + " does not exist"), stderr());
            assertFalse(stderr().contains("Exception"), stderr());
        }
    }

    @Test
    void malformedAnnotationFilesAreInputErrorsNamingTheLine(@TempDir Path dir) throws Exception {
        Path scierc = dir.resolve("train.json");
        Files.writeString(scierc, "{\"doc_key\": \"ok\", \"sentences\": [[\"A\"]], \"ner\": [[]], \"relations\": [[]]}\n{\"doc_key\": \"x\"}\n");
        for (String command : new String[] {"eval", "train-ner", "train-relations"}) {
            err.reset();
            assertEquals(ExitCodes.INPUT, run(command, "--scierc", scierc.toString()), command);
            assertTrue(stderr().contains(scierc + ":2: not a SciERC document") && stderr().contains("no 'sentences' array"), stderr());
            assertFalse(stderr().contains("Exception"), stderr());
        }
        Path gold = dir.resolve("seed-dev.jsonl");
        Files.writeString(gold, "not json\n");
        err.reset();
        assertEquals(ExitCodes.INPUT, run("eval", "--seed-gold", gold.toString(), "--db", dir.resolve("db").toString()));
        assertTrue(stderr().contains(gold + ":1: not a JSON object"), stderr());
        assertFalse(stderr().contains("Exception"), stderr());

        Files.writeString(gold, "{\"file\": \"a.txt\", \"title\": \"A\", \"uses\": {}}\n[\"a.txt\", \"A\"]\n");
        err.reset();
        assertEquals(ExitCodes.INPUT, run("eval", "--seed-gold", gold.toString(), "--db", dir.resolve("db").toString()));
        assertTrue(stderr().contains(gold + ":2: not a JSON object"), stderr());
    }
}
