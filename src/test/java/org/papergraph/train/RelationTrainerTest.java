package org.papergraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.ling.Datum;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.papergraph.eval.SciercDocument;
import org.papergraph.extract.RelationClassifier;
import org.papergraph.extract.SciSpan;
import org.papergraph.extract.SciType;
import org.papergraph.testing.SharedModels;

class RelationTrainerTest {

    /** "We use CRFs for tagging ." with CRFs (Method) USED-FOR tagging (Task). */
    private static final SciercDocument DOCUMENT = new SciercDocument("d1",
            List.of(List.of("We", "use", "CRFs", "for", "tagging", ".")),
            List.of(new SciercDocument.GoldEntity(0, 2, 2, "Method"), new SciercDocument.GoldEntity(0, 4, 4, "Task")),
            List.of(new SciercDocument.GoldRelation(0, 2, 2, 4, 4, "USED-FOR")));

    private final RelationTrainer trainer = new RelationTrainer(SharedModels.annotator());

    @Test
    void goldMentionsAloneGiveOneExamplePerOrderedPair() {
        Dataset<String, String> dataset = trainer.dataset(List.of(DOCUMENT), List.of());
        assertEquals(Map.of("USED-FOR", 1, RelationClassifier.NONE, 1), labels(dataset));
    }

    @Test
    void predictedPairsTakeAGoldTypeOnlyWhenBothSpansAreExact() {
        List<SciSpan> predicted = List.of(
                new SciSpan(0, 1, SciType.GENERIC),   // "We": spurious
                new SciSpan(2, 3, SciType.METHOD),    // "CRFs": exact
                new SciSpan(3, 5, SciType.TASK));     // "for tagging": wrong boundary
        Dataset<String, String> dataset = trainer.dataset(List.of(DOCUMENT), List.of(List.of(predicted)));
        // 2 gold pairs (one USED-FOR) and 6 predicted ones, all NONE: "for tagging" is not the gold "tagging".
        assertEquals(Map.of("USED-FOR", 1, RelationClassifier.NONE, 7), labels(dataset));

        List<SciSpan> exact = List.of(new SciSpan(2, 3, SciType.METHOD), new SciSpan(4, 5, SciType.OTHER_SCIENTIFIC_TERM));
        dataset = trainer.dataset(List.of(DOCUMENT), List.of(List.of(exact)));
        // Exact spans keep the gold relation even when the predicted entity type is wrong.
        assertEquals(Map.of("USED-FOR", 2, RelationClassifier.NONE, 2), labels(dataset));
    }

    private static Map<String, Integer> labels(Dataset<String, String> dataset) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < dataset.size(); i++) {
            Datum<String, String> datum = dataset.getDatum(i);
            counts.merge(datum.label(), 1, Integer::sum);
        }
        return counts;
    }
}
