package org.papergraph.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.Mention;
import org.papergraph.extract.RelationType;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.testing.SharedModels;

/** Linking mentions to concepts, on sentences from the sample corpus. */
class ConceptLinkingTest {

    private LinkedExtraction link(Extractor extractor, String abstractText) {
        return link(extractor, "A title", abstractText);
    }

    private LinkedExtraction link(Extractor extractor, String title, String abstractText) {
        Paper paper = Paper.fromListing(title, List.of(), null, null, null, new SourceLocation("t", 1), abstractText);
        return new ConceptLinker(Vocabulary.standard()).link(extractor.extract(SharedModels.paperAnnotator().annotate(paper)));
    }

    private static Map<String, String> keysBySurface(LinkedExtraction linked) {
        return linked.extraction().mentions().stream()
                .collect(Collectors.toMap(Mention::text, m -> linked.conceptOf(m).key(), (a, b) -> a));
    }

    /** How the paper relates to each concept it uses or proposes, by concept key. */
    private static Map<String, RelationType> paperRelationTypes(LinkedExtraction linked) {
        return linked.extraction().relations().stream().filter(r -> r.fromPaper())
                .collect(Collectors.toMap(r -> linked.conceptOf(r.object()).key(), r -> r.type(), (a, b) -> a));
    }

    private static Set<String> keysOfMentionsStartingWith(LinkedExtraction linked, String prefix) {
        return linked.extraction().mentions().stream().filter(m -> m.text().toLowerCase().startsWith(prefix))
                .map(m -> linked.conceptOf(m).key()).collect(Collectors.toSet());
    }

    @Test
    void aPaperUsesAConceptByTheRelationOfTheVocabularysClass() {
        LinkedExtraction linked = link(new org.papergraph.extract.RuleBasedExtractor(),
                "We address image segmentation with Bayesian inference.");
        Map<String, RelationType> byKey = paperRelationTypes(linked);
        assertEquals(RelationType.USES_METHOD, byKey.get("bayesian-inference"), byKey.toString()); // "inference" reads as a task
        assertEquals(RelationType.ADDRESSES_TASK, byKey.get("image-segmentation"), byKey.toString());
    }

    @Test
    void aConceptTheVocabularyListsIsUsedNotProposed() {
        LinkedExtraction linked = link(new org.papergraph.extract.RuleBasedExtractor(),
                "We propose a hybrid neural network (NN) and PDE approach for learning dynamics.");
        Map<String, RelationType> byKey = paperRelationTypes(linked);
        assertEquals(RelationType.USES_METHOD, byKey.get("neural-network"), byKey.toString());
        assertTrue(linked.extraction().relations().stream().noneMatch(r -> r.type() == RelationType.PROPOSES), byKey.toString());
    }

    @Test
    void aKnownConceptTheTitleNamesIsProposedUnlessThePaperIsASurvey() {
        String abstractText = "We propose proximal policy optimization (PPO), a family of policy gradient methods.";
        LinkedExtraction seminal = link(new org.papergraph.extract.RuleBasedExtractor(),
                "Proximal Policy Optimization Algorithms", abstractText);
        assertEquals(RelationType.PROPOSES, paperRelationTypes(seminal).get("proximal-policy-optimization"),
                paperRelationTypes(seminal).toString());
        LinkedExtraction survey = link(new org.papergraph.extract.RuleBasedExtractor(),
                "A Survey of Proximal Policy Optimization", abstractText);
        assertEquals(RelationType.USES_METHOD, paperRelationTypes(survey).get("proximal-policy-optimization"));
    }

    @Test
    void curriculaAndACurriculumAreOneConcept() {
        LinkedExtraction linked = link(new org.papergraph.extract.RuleBasedExtractor(),
                "We train the agent with a curriculum. We find that curricula speed up training.");
        assertEquals(Set.of("curriculum"), keysOfMentionsStartingWith(linked, "curricul")); // both spellings, under curriculum learning in the vocabulary
    }

    @Test
    void aPaperDefinedAcronymMeansItsLongFormInThatPaper() {
        LinkedExtraction linked = link(new org.papergraph.extract.RuleBasedExtractor(),
                "Various algorithms for continual learning (CL) focus on class incremental settings. We find that CL suffers from catastrophic forgetting.");
        assertEquals("continual-learning", keysBySurface(linked).get("CL"));
    }

    @Test
    void anUndefinedWellKnownAcronymResolvesThroughTheVocabulary() {
        LinkedExtraction linked = link(new org.papergraph.extract.RuleBasedExtractor(),
                "We train the policy using RL and distill it into LLMs.");
        Map<String, String> keys = keysBySurface(linked);
        assertEquals("reinforcement-learning", keys.get("RL"), keys.toString());
        assertEquals("large-language-model", keys.get("LLMs"), keys.toString());
    }

    @Test
    void pluralAndCaseVariantsMeetInOneConcept() {
        LinkedExtraction linked = link(new org.papergraph.extract.RuleBasedExtractor(),
                "Recently, diffusion models have emerged as a powerful class of generative models. We study a Diffusion Model for editing.");
        assertEquals(Set.of("diffusion-model"), keysOfMentionsStartingWith(linked, "diffusion model"));
    }

    @Test
    void hearstPatternsStateBroaderConcepts() {
        LinkedExtraction linked = link(new org.papergraph.extract.RuleBasedExtractor(),
                "Generative models such as GANs and diffusion models are widely used.");
        Set<String> broader = linked.extraction().relations().stream()
                .filter(r -> r.type() == RelationType.BROADER)
                .map(r -> linked.conceptOf(r.subject()).key() + " -> " + linked.conceptOf(r.object()).key())
                .collect(Collectors.toSet());
        assertTrue(broader.contains("generative-adversarial-network -> generative-model"), broader.toString());
        assertTrue(broader.contains("diffusion-model -> generative-model"), broader.toString());
    }
}
