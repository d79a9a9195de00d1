package org.papergraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.eval.Prf;
import org.papergraph.eval.SciercDocument;
import org.papergraph.eval.SciercDocument.GoldEntity;
import org.papergraph.eval.SciercDocument.GoldRelation;
import org.papergraph.extract.SciSpan;
import org.papergraph.extract.SciType;
import org.papergraph.testing.SharedModels;

/** Four one-sentence documents "We use X for Y ." (X USED-FOR Y), related two folds at a time. */
class RelationCrossValidationTest {

    private static final String[][] PAIRS = {{"CRFs", "tagging"}, {"SVMs", "parsing"}, {"HMMs", "chunking"}, {"LSTMs", "translation"}};

    @Test
    void eachFoldIsRelatedByAClassifierTrainedOnTheOthersAndScoredOnItsHeldOutSpansAndGoldMentions() {
        List<SciercDocument> documents = new ArrayList<>();
        List<List<List<SciSpan>>> heldOut = new ArrayList<>();
        for (int i = 0; i < PAIRS.length; i++) {
            documents.add(new SciercDocument("d" + i, List.of(List.of("We", "use", PAIRS[i][0], "for", PAIRS[i][1], ".")),
                    List.of(new GoldEntity(0, 2, 2, "Method"), new GoldEntity(0, 4, 4, "Task")),
                    List.of(new GoldRelation(0, 2, 2, 4, 4, "USED-FOR"))));
            // The last document's tagger took "for" into the task: its relation cannot be found on those spans.
            SciSpan task = i == PAIRS.length - 1 ? new SciSpan(3, 5, SciType.TASK) : new SciSpan(4, 5, SciType.TASK);
            heldOut.add(List.of(List.of(new SciSpan(2, 3, SciType.METHOD), task)));
        }

        var result = new RelationCrossValidation(SharedModels.annotator()).run(documents, heldOut, 2, 1, 1.0, 0.1, fold -> { });

        Prf onHeldOut = result.heldOutSpans().relation().micro();
        assertEquals(3, onHeldOut.tp(), "the three documents whose spans are right");
        assertEquals(1, onHeldOut.fn(), "the one whose task span is wrong");
        assertEquals(new Prf(4, 0, 0), result.goldMentions().relation().micro());
        assertEquals(new Prf(7, 1, 1), result.heldOutSpans().entity().micro(),
                "the held-out spans are scored as entities: the wrong task span is one false positive and one miss");
    }
}
