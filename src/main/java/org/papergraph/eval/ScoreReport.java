package org.papergraph.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
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
        printConfusions(scores.typeConfusions(), out);
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

    /** One line of a mistakes breakdown: its JSON key, its label in the text table, and the count. */
    private record Count(String key, String label, int value) {
    }

    private static List<Count> goldCounts(EntityErrors e) {
        return List.of(new Count("exact", "found exactly", e.exact()),
                new Count("wrong_type", "right span, other type", e.wrongType()),
                new Count("wrong_boundaries", "right type, other boundaries", e.wrongBoundaries()),
                new Count("wrong_boundaries_and_type", "other boundaries and type", e.wrongBoundariesAndType()),
                new Count("missed", "missed (no prediction overlaps it)", e.missed()));
    }

    private static List<Count> falseCounts(EntityErrors e) {
        return List.of(new Count("false_overlapping", "wrong predictions overlapping a gold mention", e.falseOverlapping()),
                new Count("false_spurious", "wrong predictions touching no gold mention", e.falseSpurious()));
    }

    private static List<Count> goldCounts(RelationErrors e) {
        return List.of(new Count("found", "found", e.found()),
                new Count("wrong_type", "its pair found, other type", e.wrongType()),
                new Count("reversed", "found the other way round", e.reversed()),
                new Count("missed_both_spans_predicted", "missed, both argument spans predicted", e.missedBothSpans()),
                new Count("missed_one_span_not_predicted", "missed, one argument span not predicted", e.missedOneSpan()),
                new Count("missed_no_span_predicted", "missed, neither argument span predicted", e.missedNoSpan()));
    }

    private static List<Count> falseCounts(RelationErrors e) {
        return List.of(new Count("false_on_gold_pair", "wrong predictions on a gold pair", e.falseOnGoldPair()),
                new Count("false_unrelated_gold", "wrong predictions between unrelated gold mentions", e.falseUnrelatedGold()),
                new Count("false_non_gold_argument", "wrong predictions with a non-gold argument", e.falseNonGoldArgument()));
    }

    /** Each gold mention by the best that was predicted for it, then the wrong predictions. */
    public static void printErrors(EntityErrors e, PrintStream out) {
        out.printf(Locale.ROOT, "Entity mistakes (%d gold mentions by the best prediction for each; wrong predictions)%n", e.gold());
        String row = "  %-44s %6d%n";
        printCounts(goldCounts(e), row, out);
        printCounts(falseCounts(e), row, out);
        out.println();
    }

    /** The gold mentions found with their span but another type, by gold and predicted type. */
    public static void printConfusions(TypeConfusions confusions, PrintStream out) {
        if (confusions.counts().isEmpty()) {
            return;
        }
        out.println("Right span, other type (gold type as predicted type)");
        confusions.mostFrequentFirst().forEach((pair, count) -> out.printf(Locale.ROOT, "  %-44s %6d%n", pair, count));
        out.println();
    }

    /** Each gold relation by what became of it, how many were within reach, then the wrong predictions. */
    public static void printErrors(RelationErrors e, PrintStream out) {
        out.printf(Locale.ROOT, "Relation mistakes (%d gold relations; wrong predictions)%n", e.gold());
        String row = "  %-50s %6d%n";
        printCounts(goldCounts(e), row, out);
        out.printf(Locale.ROOT, "  %-50s %6d (%.1f%% of gold: the recall bound)%n", "both argument spans predicted",
                e.reachable(), e.gold() == 0 ? 0 : 100.0 * e.reachable() / e.gold());
        printCounts(falseCounts(e), row, out);
        out.println();
    }

    private static void printCounts(List<Count> counts, String row, PrintStream out) {
        counts.forEach(c -> out.printf(Locale.ROOT, row, c.label(), c.value()));
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
        root.set("entity_errors", errors(goldCounts(scores.entityErrors()), falseCounts(scores.entityErrors())));
        ObjectNode confusions = root.putObject("entity_type_confusions");
        scores.typeConfusions().mostFrequentFirst().forEach(confusions::put);
        root.set("relation_errors", errors(goldCounts(scores.relationErrors()), falseCounts(scores.relationErrors())));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode errors(List<Count> gold, List<Count> wrong) {
        ObjectNode errors = JSON.createObjectNode();
        gold.forEach(c -> errors.put(c.key(), c.value()));
        wrong.forEach(c -> errors.put(c.key(), c.value()));
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
