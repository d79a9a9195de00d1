package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.Sentence;

/** Names of concepts from tagged spans: the rule layer's hygiene applied to spans the SciERC tagger finds. */
class ConceptNamesTest {

    private static Optional<String> name(String tagged, ConceptClass type) {
        Sentence sentence = Sentences.of(tagged);
        return ConceptNames.name(new Chunk(sentence, 0, sentence.size()), type).map(Chunk::text);
    }

    @Test
    void wordsBeforeTheNameGoAndAWordThatAddsNothingAfterIt() {
        assertEquals(Optional.of("test accuracy"), name("high/JJ test/NN accuracy/NN", ConceptClass.METRIC));
        assertEquals(Optional.of("collection"), name("large-scale/JJ and/CC comprehensive/JJ collection/NN", ConceptClass.TASK));
        assertEquals(Optional.of("text classification"), name("text/NN classification/NN task/NN", ConceptClass.TASK));
        assertEquals(Optional.of("two-stage learning"), name("two-stage/JJ learning/NN process/NN", ConceptClass.METHOD));
    }

    @Test
    void spansThatNameNothingGiveNoConcept() {
        assertTrue(name("downstream/JJ task/NN", ConceptClass.TASK).isEmpty());
        assertTrue(name("unlabeled/JJ data/NNS", ConceptClass.DATASET).isEmpty());
        assertTrue(name("the/DT training/NN process/NN", ConceptClass.METHOD).isEmpty());
        assertTrue(name("strong/JJ model/NN", ConceptClass.METHOD).isEmpty());
        assertTrue(name("reasoning/NN )/-RRB- combines/VBZ preference/NN optimization/NN", ConceptClass.METHOD).isEmpty());
        assertEquals(Optional.of("graph neural network ( GNN )"),
                name("graph/NN neural/JJ network/NN (/-LRB- GNN/NNP )/-RRB-", ConceptClass.METHOD));
    }

    @Test
    void aMetricWordAloneIsAMetricAndANamedDataOneIsData() {
        assertEquals(Optional.of("accuracy"), name("accuracy/NN", ConceptClass.METRIC));
        assertEquals(Optional.of("DAS data"), name("DAS/NNP data/NNS", ConceptClass.DATASET));
    }
}
