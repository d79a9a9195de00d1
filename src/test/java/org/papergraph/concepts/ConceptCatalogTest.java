package org.papergraph.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.ConceptClass;

/** Corpus-level decisions: class, labels, acronyms used alone, and the hierarchy. */
class ConceptCatalogTest {

    private static ConceptObservation seen(String label, ConceptClass type, String surface, String acronym, String paper) {
        return new ConceptObservation(Labels.key(label), type, label, surface, acronym, paper);
    }

    private static Map<String, ConceptRecord> records(Vocabulary vocabulary, ConceptObservation... observations) {
        ConceptCatalog catalog = new ConceptCatalog(vocabulary);
        for (ConceptObservation o : observations) {
            catalog.add(o);
        }
        return catalog.records().stream().collect(Collectors.toMap(ConceptRecord::key, Function.identity()));
    }

    @Test
    void theClassMostPapersGiveWinsAndTheOthersAreKept() {
        Map<String, ConceptRecord> r = records(Vocabulary.empty(),
                seen("program repair", ConceptClass.TASK, "program repair", null, "p1"),
                seen("program repair", ConceptClass.TASK, "Program Repair", null, "p2"),
                seen("program repair", ConceptClass.METHOD, "program repair", null, "p3"));
        ConceptRecord repair = r.get("program-repair");
        assertEquals(ConceptClass.TASK, repair.type());
        assertEquals(Map.of(ConceptClass.TASK, 2, ConceptClass.METHOD, 1), repair.classVotes());
        assertEquals(3, repair.paperCount());
        assertTrue(repair.altLabels().contains("Program Repair"));
    }

    @Test
    void theVocabularysClassAndLabelOverrideTheVotes() {
        Vocabulary vocabulary = Vocabulary.of(List.of(
                new VocabularyEntry(ConceptClass.METHOD, "reinforcement learning", List.of("RL"), null)));
        Map<String, ConceptRecord> r = records(vocabulary,
                seen("reinforcement learning", ConceptClass.TASK, "Reinforcement Learning", null, "p1"),
                seen("reinforcement learning", ConceptClass.TASK, "reinforcement learning", "RL", "p2"));
        ConceptRecord rl = r.get("reinforcement-learning");
        assertEquals(ConceptClass.METHOD, rl.type());
        assertEquals("reinforcement learning", rl.prefLabel());
        assertTrue(rl.altLabels().contains("RL"));
    }

    @Test
    void anAcronymUsedAloneJoinsTheOneConceptTheCorpusDefinesItFor() {
        Map<String, ConceptRecord> r = records(Vocabulary.empty(),
                seen("knowledge tracing", ConceptClass.METHOD, "knowledge tracing", "KT", "p1"),
                seen("KT", ConceptClass.METHOD, "KT", null, "p2"));
        assertEquals(List.of("knowledge-tracing"), r.get("kt").exactMatch());
    }

    @Test
    void anAmbiguousAcronymStaysSeparate() {
        Map<String, ConceptRecord> r = records(Vocabulary.empty(),
                seen("continual learning", ConceptClass.METHOD, "continual learning", "CL", "p1"),
                seen("contrastive learning", ConceptClass.METHOD, "contrastive learning", "CL", "p2"),
                seen("CL", ConceptClass.METHOD, "CL", null, "p3"));
        assertEquals(List.of(), r.get("cl").exactMatch());
    }

    @Test
    void aModifiedConceptFallsUnderItsHeadOfTheSameClass() {
        Map<String, ConceptRecord> r = records(Vocabulary.empty(),
                seen("offline preference-based reinforcement learning", ConceptClass.METHOD, "x", null, "p1"),
                seen("preference-based reinforcement learning", ConceptClass.METHOD, "x", null, "p2"),
                seen("reinforcement learning", ConceptClass.METHOD, "x", null, "p3"),
                seen("dynamic curriculum learning", ConceptClass.METHOD, "x", null, "p4"),
                seen("curriculum learning", ConceptClass.TASK, "x", null, "p5"));
        assertEquals(List.of("preference-based-reinforcement-learning"), r.get("offline-preference-based-reinforcement-learning").broader());
        assertEquals(List.of("reinforcement-learning"), r.get("preference-based-reinforcement-learning").broader());
        assertEquals(List.of(), r.get("dynamic-curriculum-learning").broader(), "the head is a task here, not a method");
    }

    @Test
    void vocabularyAncestorsOfUsedConceptsAreIncluded() {
        Map<String, ConceptRecord> r = records(Vocabulary.standard(),
                seen("direct preference optimization", ConceptClass.METHOD, "DPO", null, "p1"));
        assertEquals(List.of("preference-optimization"), r.get("direct-preference-optimization").broader());
        assertTrue(r.containsKey("preference-optimization"));
        assertEquals(0, r.get("preference-optimization").paperCount());
        assertTrue(Vocabulary.standard().entries().size() >= 200, "the shipped vocabulary loads");
    }
}
