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
        printErrors(scores.entityErrors(), out);
        printTable("Relations (both argument spans and relation type exact)", scores.relation(), out);
        printErrors(scores.relationErrors(), out);
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

    /** Each gold mention by the best that was predicted for it, then the wrong predictions. */
    public static void printErrors(EntityErrors e, PrintStream out) {
        out.printf(Locale.ROOT, "Entity mistakes (%d gold mentions by the best prediction for each; wrong predictions)%n", e.gold());
        String row = "  %-44s %6d%n";
        out.printf(Locale.ROOT, row, "found exactly", e.exact());
        out.printf(Locale.ROOT, row, "right span, other type", e.wrongType());
        out.printf(Locale.ROOT, row, "right type, other boundaries", e.wrongBoundaries());
        out.printf(Locale.ROOT, row, "other boundaries and type", e.wrongBoundariesAndType());
        out.printf(Locale.ROOT, row, "missed (no prediction overlaps it)", e.missed());
        out.printf(Locale.ROOT, row, "wrong predictions overlapping a gold mention", e.falseOverlapping());
        out.printf(Locale.ROOT, row, "wrong predictions touching no gold mention", e.falseSpurious());
        out.println();
    }

    /** Each gold relation by what became of it, then the wrong predictions. */
    public static void printErrors(RelationErrors e, PrintStream out) {
        out.printf(Locale.ROOT, "Relation mistakes (%d gold relations; wrong predictions)%n", e.gold());
        String row = "  %-50s %6d%n";
        out.printf(Locale.ROOT, row, "found", e.found());
        out.printf(Locale.ROOT, row, "its pair found, other type", e.wrongType());
        out.printf(Locale.ROOT, row, "found the other way round", e.reversed());
        out.printf(Locale.ROOT, row, "missed, both argument spans predicted", e.missedBothSpans());
        out.printf(Locale.ROOT, row, "missed, one argument span not predicted", e.missedOneSpan());
        out.printf(Locale.ROOT, row, "missed, neither argument span predicted", e.missedNoSpan());
        out.printf(Locale.ROOT, "  %-50s %6d (%.1f%% of gold: the recall bound)%n", "both argument spans predicted",
                e.reachable(), e.gold() == 0 ? 0 : 100.0 * e.reachable() / e.gold());
        out.printf(Locale.ROOT, row, "wrong predictions on a gold pair", e.falseOnGoldPair());
        out.printf(Locale.ROOT, row, "wrong predictions between unrelated gold mentions", e.falseUnrelatedGold());
        out.printf(Locale.ROOT, row, "wrong predictions with a non-gold argument", e.falseNonGoldArgument());
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
        root.set("entity_errors", errors(scores.entityErrors()));
        root.set("relation_errors", errors(scores.relationErrors()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode errors(EntityErrors e) {
        ObjectNode errors = JSON.createObjectNode();
        errors.put("exact", e.exact());
        errors.put("wrong_type", e.wrongType());
        errors.put("wrong_boundaries", e.wrongBoundaries());
        errors.put("wrong_boundaries_and_type", e.wrongBoundariesAndType());
        errors.put("missed", e.missed());
        errors.put("false_overlapping", e.falseOverlapping());
        errors.put("false_spurious", e.falseSpurious());
        return errors;
    }

    private static ObjectNode errors(RelationErrors e) {
        ObjectNode errors = JSON.createObjectNode();
        errors.put("found", e.found());
        errors.put("wrong_type", e.wrongType());
        errors.put("reversed", e.reversed());
        errors.put("missed_both_spans_predicted", e.missedBothSpans());
        errors.put("missed_one_span_not_predicted", e.missedOneSpan());
        errors.put("missed_no_span_predicted", e.missedNoSpan());
        errors.put("false_on_gold_pair", e.falseOnGoldPair());
        errors.put("false_unrelated_gold", e.falseUnrelatedGold());
        errors.put("false_non_gold_argument", e.falseNonGoldArgument());
        return errors;
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
