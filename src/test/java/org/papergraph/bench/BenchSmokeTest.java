package org.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.Main;
import org.papergraph.query.NamedQuery;
import org.papergraph.testing.SampleCorpus;

/** Keeps the benchmark working: the smoke run prints every row of its table. No timing is asserted. */
class BenchSmokeTest {

    @Test
    void smokeRunReportsEveryPassLoadAndQuery(@TempDir Path work) throws Exception {
        Path report = work.resolve("report.md");
        int exit = Main.run("bench", "--smoke", "--seeds", SampleCorpus.seeds().toString(),
                "--work-dir", work.resolve("bench").toString(), "--report", report.toString());
        assertEquals(0, exit);
        String table = Files.readString(report);
        for (String row : List.of("models loaded", "first abstract", "(a) CoreNLP bare pass", "(b) CoreNLP OpenIE pass",
                "(c) papergraph extraction", "(d) full build", "| 200 |")) {
            assertTrue(table.contains(row), "the table has a row for " + row + ":\n" + table);
        }
        for (String query : NamedQuery.SHIPPED) {
            assertTrue(table.contains("| " + query + " |"), "the table has a latency row for " + query);
        }
    }

    @Test
    void generatedCorpusIsDeterministicAndDistinct(@TempDir Path work) throws Exception {
        SentencePool pool = SentencePool.read(List.of(SampleCorpus.seeds()));
        Path first = work.resolve("a.jsonl");
        Path second = work.resolve("b.jsonl");
        new CorpusGenerator(pool, 7).write(500, first);
        new CorpusGenerator(pool, 7).write(500, second);
        List<String> lines = Files.readAllLines(first);
        assertEquals(lines, Files.readAllLines(second));
        assertEquals(500, lines.stream().distinct().count());
        assertEquals(500, lines.stream().map(l -> l.replaceAll(".*\"title\":\"([^\"]*)\".*", "$1")).distinct().count(),
                "titles are distinct, or the build would merge the papers");
    }
}
