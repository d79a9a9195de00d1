package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static final String ONE_SCIERC_DOCUMENT =
            "{\"doc_key\": \"ok\", \"sentences\": [[\"A\"]], \"ner\": [[]], \"relations\": [[]]}\n";

    /** Runs the command line and checks it exits with the code and says each expected text, with no stack trace. */
    private void assertFailsCleanly(int exitCode, List<String> args, String... expected) {
        err.reset();
        assertEquals(exitCode, run(args.toArray(String[]::new)), String.join(" ", args));
        for (String text : expected) {
            assertTrue(stderr().contains(text), stderr());
        }
        assertFalse(stderr().contains("Exception"), stderr());
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
        Path scierc = Files.writeString(dir.resolve("dev.json"), ONE_SCIERC_DOCUMENT);
        Path missing = dir.resolve("nope.ser.gz");
        for (String option : new String[] {"--ner-model", "--boundary-model", "--relation-model"}) {
            assertFailsCleanly(ExitCodes.USAGE, List.of("eval", "--scierc", scierc.toString(), option, missing.toString()),
                    option + " " + missing + " does not exist");
        }
    }

    @Test
    void malformedAnnotationFilesAreInputErrorsNamingTheLine(@TempDir Path dir) throws Exception {
        Path scierc = Files.writeString(dir.resolve("train.json"), ONE_SCIERC_DOCUMENT + "{\"doc_key\": \"x\"}\n");
        for (String command : new String[] {"eval", "train-ner", "train-relations"}) {
            assertFailsCleanly(ExitCodes.INPUT, List.of(command, "--scierc", scierc.toString()),
                    scierc + ":2: not a SciERC document", "no 'sentences' array");
        }
        Path gold = Files.writeString(dir.resolve("seed-dev.jsonl"), "not json\n");
        assertFailsCleanly(ExitCodes.INPUT, List.of("eval", "--seed-gold", gold.toString(), "--db", dir.resolve("db").toString()),
                gold + ":1: not a JSON object");

        Files.writeString(gold, "{\"file\": \"a.txt\", \"title\": \"A\", \"uses\": {}}\n[\"a.txt\", \"A\"]\n");
        err.reset();
        assertEquals(ExitCodes.INPUT, run("eval", "--seed-gold", gold.toString(), "--db", dir.resolve("db").toString()));
        assertTrue(stderr().contains(gold + ":2: not a JSON object"), stderr());
    }

    @Test
    void aBadRelationTrainingSettingIsAnInputErrorNamingTheSettingAndFile(@TempDir Path dir) throws Exception {
        Path scierc = Files.writeString(dir.resolve("train.json"), ONE_SCIERC_DOCUMENT);
        Path settings = Files.writeString(dir.resolve("relations.properties"), "heldOutFolds=5\nheldOutDraw=0\n");
        assertFailsCleanly(ExitCodes.INPUT, List.of("train-relations", "--scierc", scierc.toString(),
                        "--settings", settings.toString(), "--out", dir.resolve("model.ser.gz").toString()),
                "heldOutDraw=0 in " + settings, "at least 1");
        Files.writeString(settings, "sigma=wide\n");
        assertFailsCleanly(ExitCodes.INPUT, List.of("train-relations", "--scierc", scierc.toString(),
                        "--settings", settings.toString(), "--out", dir.resolve("model.ser.gz").toString()),
                "sigma=wide in " + settings, "a number above 0");
        Path entitySettings = Files.writeString(dir.resolve("entities.properties"), "spanThreshold=1.5\n");
        assertFailsCleanly(ExitCodes.INPUT, List.of("train-relations", "--scierc", scierc.toString(),
                        "--entity-settings", entitySettings.toString(), "--out", dir.resolve("model.ser.gz").toString()),
                "spanThreshold=1.5 in " + entitySettings);
        assertFalse(Files.exists(dir.resolve("model.ser.gz")), "nothing is trained or written");
    }

    @Test
    void crossValidationWithoutHeldOutFoldsIsAUsageErrorBeforeAnyTraining(@TempDir Path dir) throws Exception {
        Path scierc = Files.writeString(dir.resolve("train.json"), ONE_SCIERC_DOCUMENT);
        Path settings = Files.writeString(dir.resolve("relations.properties"), "heldOutFolds=0\n");
        assertFailsCleanly(ExitCodes.USAGE, List.of("train-relations", "--scierc", scierc.toString(), "--settings",
                settings.toString(), "--cross-validate"), "--cross-validate needs heldOutFolds=2 or more in " + settings);
    }

    @Test
    void aMissingFolderFoundOnlyWhileRunningIsAnInputErrorNamingIt(@TempDir Path dir) {
        // bench reads its sentences from --seeds (default data/seeds, relative to where it runs).
        Path missing = dir.resolve("no-seeds");
        Path out = dir.resolve("corpus.jsonl");
        assertFailsCleanly(ExitCodes.INPUT, List.of("bench", "generate", "--n", "5", "--out", out.toString(), "--seeds",
                missing.toString()), "no such file or folder: " + missing, "papergraph bench generate --help");
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void aMissingSettingsFileIsAnInputErrorNamingTheOption(@TempDir Path dir) throws Exception {
        Path scierc = Files.writeString(dir.resolve("train.json"), ONE_SCIERC_DOCUMENT);
        Path missing = dir.resolve("missing.properties");
        Path model = dir.resolve("model.ser.gz");
        assertFailsCleanly(ExitCodes.INPUT, List.of("train-ner", "--scierc", scierc.toString(), "--settings", missing.toString(),
                "--out", model.toString()), "--settings " + missing + " does not exist");
        assertFailsCleanly(ExitCodes.INPUT, List.of("train-relations", "--scierc", scierc.toString(),
                "--entity-settings", missing.toString(), "--out", model.toString()), "--entity-settings " + missing + " does not exist");
        assertFalse(Files.exists(model), "nothing is trained or written");
    }

    @Test
    void everyCommandIsSummedUpInOneWholeSentenceInTheCommandList() {
        for (var entry : Main.commandLine().getSubcommands().entrySet()) {
            var usage = entry.getValue().getCommandSpec().usageMessage();
            String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
            assertTrue(summary.length > 0 && summary[0].strip().endsWith("."),
                    entry.getKey() + "'s summary is cut mid-sentence in papergraph --help: " + List.of(summary));
        }
    }
}
