package org.papergraph.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Writes scores as text tables or as JSON, with P, R and F1 in percent. */
public final class ScoreReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoreReport() {
    }

    public static void printTables(SciercScores scores, PrintStream out) {
        printTable("Entities (span and type exact)", scores.entity(), out);
        printTable("Relations (both argument spans and relation type exact)", scores.relation(), out);
        printTable("Rel+ (also both argument entity types)", scores.relationStrict(), out);
    }

    public static void printTable(String title, ScoreTable table, PrintStream out) {
        out.println(title);
        out.printf(Locale.ROOT, "  %-22s %7s %7s %7s %6s %6s %6s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
        for (Map.Entry<String, Prf> row : table.byType().entrySet()) {
            printRow(row.getKey(), row.getValue(), out);
        }
        printRow("micro", table.micro(), out);
        out.println();
    }

    private static void printRow(String name, Prf s, PrintStream out) {
        out.printf(Locale.ROOT, "  %-22s %7.2f %7.2f %7.2f %6d %6d %6d%n", name, 100 * s.precision(), 100 * s.recall(),
                100 * s.f1(), s.tp(), s.fp(), s.fn());
    }

    public static String json(SciercScores scores) {
        ObjectNode root = JSON.createObjectNode();
        root.set("entity", table(scores.entity()));
        root.set("relation", table(scores.relation()));
        root.set("relation_strict", table(scores.relationStrict()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode table(ScoreTable table) {
        ObjectNode node = JSON.createObjectNode();
        node.set("micro", scores(table.micro()));
        ObjectNode byType = node.putObject("by_type");
        table.byType().forEach((type, prf) -> byType.set(type, scores(prf)));
        return node;
    }

    private static ObjectNode scores(Prf prf) {
        ObjectNode node = JSON.createObjectNode();
        node.put("p", round(100 * prf.precision()));
        node.put("r", round(100 * prf.recall()));
        node.put("f1", round(100 * prf.f1()));
        node.put("tp", prf.tp());
        node.put("fp", prf.fp());
        node.put("fn", prf.fn());
        return node;
    }

    private static double round(double percent) {
        return Math.round(percent * 100) / 100.0;
    }
}
