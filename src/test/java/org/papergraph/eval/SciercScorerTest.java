package org.papergraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.papergraph.eval.DocumentAnnotations.Entity;
import org.papergraph.eval.DocumentAnnotations.RelationTuple;

/** Pins the PURE-style scorer on hand-made gold and predictions with known counts. */
class SciercScorerTest {

    private static final double EPS = 1e-9;

    @Test
    void entitiesNeedExactSpanAndTypeEvenWhenOverlappingOrNested() {
        DocumentAnnotations gold = new DocumentAnnotations(List.of(
                new Entity(0, 2, "Method"),      // found exactly
                new Entity(5, 5, "Task"),        // found with the wrong type
                new Entity(8, 10, "Material"),   // predicted too short (nested inside)
                new Entity(9, 9, "Material")),   // nested gold span, found exactly
                List.of());
        DocumentAnnotations predicted = new DocumentAnnotations(List.of(
                new Entity(0, 2, "Method"),
                new Entity(5, 5, "Method"),
                new Entity(8, 9, "Material"),    // overlaps both gold Materials, equals neither
                new Entity(9, 9, "Material")),
                List.of());
        SciercScorer scorer = new SciercScorer();
        scorer.add(gold, predicted);
        ScoreTable entity = scorer.scores().entity();

        assertEquals(new Prf(2, 2, 2), entity.micro());
        assertEquals(0.5, entity.micro().precision(), EPS);
        assertEquals(0.5, entity.micro().recall(), EPS);
        assertEquals(new Prf(1, 1, 0), entity.byType().get("Method"));
        assertEquals(new Prf(0, 0, 1), entity.byType().get("Task"));
        assertEquals(new Prf(1, 1, 1), entity.byType().get("Material"));
    }

    @Test
    void entityMistakesAreCountedByTheBestPredictionForEachGoldMention() {
        DocumentAnnotations gold = new DocumentAnnotations(List.of(
                new Entity(0, 2, "Method"),       // exact
                new Entity(5, 5, "Task"),         // right span, other type
                new Entity(8, 10, "Material"),    // right type, other boundaries (8-9 predicted)
                new Entity(12, 13, "Task"),       // other boundaries and type (13-14 Method)
                new Entity(20, 20, "Generic")),   // missed
                List.of());
        DocumentAnnotations predicted = new DocumentAnnotations(List.of(
                new Entity(0, 2, "Method"),
                new Entity(5, 5, "Method"),
                new Entity(8, 9, "Material"),
                new Entity(13, 14, "Method"),
                new Entity(30, 31, "Task")),      // touches no gold mention
                List.of());
        SciercScorer scorer = new SciercScorer();
        scorer.add(gold, predicted);
        scorer.add(gold, new DocumentAnnotations(List.of(), List.of()));

        assertEquals(new EntityErrors(1, 1, 1, 1, 1 + 5, 3, 1), scorer.scores().entityErrors());
        assertEquals(10, scorer.scores().entityErrors().gold());
        assertEquals(Map.of("Task as Method", 1), scorer.scores().typeConfusions().counts());
    }

    @Test
    void relationsNeedBothSpansAndTypeAndRelPlusAlsoTheArgumentTypes() {
        Entity method = new Entity(0, 1, "Method");
        Entity task = new Entity(4, 5, "Task");
        Entity metric = new Entity(7, 7, "Metric");
        DocumentAnnotations gold = new DocumentAnnotations(List.of(method, task, metric), List.of(
                new RelationTuple(method, task, "USED-FOR"),
                new RelationTuple(metric, method, "EVALUATE-FOR")));
        Entity methodMistyped = new Entity(0, 1, "OtherScientificTerm");
        DocumentAnnotations predicted = new DocumentAnnotations(List.of(methodMistyped, task, metric), List.of(
                new RelationTuple(methodMistyped, task, "USED-FOR"),      // spans right, argument type wrong
                new RelationTuple(method, metric, "EVALUATE-FOR"),        // arguments reversed
                new RelationTuple(new Entity(0, 0, "Method"), task, "CONJUNCTION"))); // head span wrong
        SciercScorer scorer = new SciercScorer();
        scorer.add(gold, predicted);
        SciercScores scores = scorer.scores();

        assertEquals(new Prf(1, 2, 1), scores.relation().micro());
        assertEquals(1.0 / 3, scores.relation().micro().precision(), EPS);
        assertEquals(0.5, scores.relation().micro().recall(), EPS);
        assertEquals(0.4, scores.relation().micro().f1(), EPS);
        assertEquals(new Prf(0, 3, 2), scores.relationStrict().micro());
        assertEquals(new Prf(1, 0, 0), scores.relation().byType().get("USED-FOR"));
    }

    @Test
    void relationMistakesSayWhetherTheArgumentSpansWereThere() {
        Entity a = new Entity(0, 1, "Method");
        Entity b = new Entity(4, 5, "Task");
        Entity c = new Entity(7, 7, "Metric");
        Entity d = new Entity(9, 10, "Material");
        Entity e = new Entity(12, 12, "Generic");
        Entity f = new Entity(14, 15, "Method");
        DocumentAnnotations gold = new DocumentAnnotations(List.of(a, b, c, d, e, f), List.of(
                new RelationTuple(a, b, "USED-FOR"),        // found (with a mistyped argument: types aside)
                new RelationTuple(c, a, "EVALUATE-FOR"),    // its pair found, other type
                new RelationTuple(d, a, "USED-FOR"),        // found the other way round
                new RelationTuple(b, c, "CONJUNCTION"),     // missed, both spans predicted
                new RelationTuple(a, e, "PART-OF"),         // e not predicted
                new RelationTuple(e, f, "HYPONYM-OF")));    // neither e nor f predicted
        Entity aMistyped = new Entity(0, 1, "OtherScientificTerm");
        Entity dTooLong = new Entity(8, 10, "Material");
        DocumentAnnotations predicted = new DocumentAnnotations(List.of(aMistyped, b, c, d, dTooLong), List.of(
                new RelationTuple(aMistyped, b, "USED-FOR"),
                new RelationTuple(c, a, "FEATURE-OF"),      // wrong: on a gold pair
                new RelationTuple(a, d, "USED-FOR"),        // wrong: on a gold pair, reversed
                new RelationTuple(c, d, "COMPARE"),         // wrong: gold mentions, not related
                new RelationTuple(dTooLong, b, "USED-FOR"))); // wrong: an argument is no gold mention
        SciercScorer scorer = new SciercScorer();
        scorer.add(gold, predicted);
        RelationErrors errors = scorer.scores().relationErrors();

        assertEquals(new RelationErrors(1, 1, 1, 1, 1, 1, 2, 1, 1), errors);
        assertEquals(6, errors.gold());
        assertEquals(4, errors.reachable(), "the relations with both argument spans predicted");
        assertEquals(new Prf(1, 4, 5), scorer.scores().relation().micro());
    }

    @Test
    void documentsAreScoredSeparatelyAndSummed() {
        Entity e = new Entity(0, 0, "Generic");
        SciercScorer scorer = new SciercScorer();
        scorer.add(new DocumentAnnotations(List.of(e), List.of()), new DocumentAnnotations(List.of(e), List.of()));
        scorer.add(new DocumentAnnotations(List.of(), List.of()), new DocumentAnnotations(List.of(e), List.of()));
        assertEquals(new Prf(1, 1, 0), scorer.scores().entity().micro());
        assertEquals(2.0 / 3, scorer.scores().entity().micro().f1(), EPS);
    }

    @Test
    void emptyInputScoresZeroNotNaN() {
        assertEquals(0.0, Prf.ZERO.f1());
    }

    @Test
    void typeConfusionsAddUpOverDocumentsTheMostFrequentFirst() {
        DocumentAnnotations gold = new DocumentAnnotations(List.of(
                new Entity(0, 1, "Method"), new Entity(3, 3, "Task"), new Entity(5, 6, "Material")), List.of());
        DocumentAnnotations predicted = new DocumentAnnotations(List.of(
                new Entity(0, 1, "OtherScientificTerm"),  // Method as OtherScientificTerm
                new Entity(3, 3, "Task"),                 // right: no confusion
                new Entity(5, 5, "Method")), List.of());  // other boundaries: not a confusion of types
        DocumentAnnotations second = new DocumentAnnotations(List.of(
                new Entity(0, 1, "OtherScientificTerm"), new Entity(3, 3, "Method"), new Entity(5, 6, "Material")), List.of());
        SciercScorer scorer = new SciercScorer();
        scorer.add(gold, predicted);
        scorer.add(gold, second);

        TypeConfusions confusions = scorer.scores().typeConfusions();
        assertEquals(List.of("Method as OtherScientificTerm", "Task as Method"), List.copyOf(confusions.mostFrequentFirst().keySet()));
        assertEquals(List.of(2, 1), List.copyOf(confusions.mostFrequentFirst().values()));
        assertEquals(confusions.counts().values().stream().mapToInt(Integer::intValue).sum(),
                scorer.scores().entityErrors().wrongType());
    }
}
