package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.papergraph.concepts.ConceptLinker;
import org.papergraph.concepts.LinkedExtraction;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.testing.SharedModels;

/** The rules on sentences taken from the sample corpus. */
class RuleBasedExtractorTest {

    private final Extractor extractor = new RuleBasedExtractor();

    private LinkedExtraction extract(String title, String abstractText) {
        Paper paper = Paper.fromListing(title, List.of(), null, null, null, new SourceLocation("test", 1), abstractText);
        return new ConceptLinker().link(extractor.extract(SharedModels.paperAnnotator().annotate(paper)));
    }

    /** "relation label" strings for the paper's own relations, e.g. "usesMethod curriculum learning". */
    private static Set<String> paperRelations(LinkedExtraction linked) {
        return linked.extraction().relations().stream().filter(Relation::fromPaper)
                .map(r -> r.type().localName() + " " + linked.conceptOf(r.object()).label())
                .collect(Collectors.toSet());
    }

    /** The paper's own relations for an abstract under a title that names nothing. */
    private Set<String> relationsOf(String abstractText) {
        return paperRelations(extract("A plain title", abstractText));
    }

    /** The relations of one type among {@link #paperRelations}, e.g. "addressesTask". */
    private static Set<String> ofType(Set<String> relations, String type) {
        return relations.stream().filter(r -> r.startsWith(type + " ")).collect(Collectors.toSet());
    }

    private static Set<String> methodRelations(LinkedExtraction linked) {
        return linked.extraction().relations().stream().filter(r -> !r.fromPaper())
                .map(r -> linked.conceptOf(r.subject()).label() + " " + r.type().localName() + " "
                        + linked.conceptOf(r.object()).label())
                .collect(Collectors.toSet());
    }

    @Test
    void titleNameBeforeAColonIsProposedAndUsesTheViaMethod() {
        LinkedExtraction linked = extract("PLATO-2: Towards Building an Open-Domain Chatbot via Curriculum Learning",
                "To build a high-quality open-domain chatbot, we introduce the effective training process of PLATO-2 via curriculum learning. There are two stages involved in the learning process.");
        Set<String> relations = paperRelations(linked);
        assertTrue(relations.contains("proposes PLATO-2"), relations.toString());
        assertTrue(relations.contains("usesMethod curriculum learning"), relations.toString());
        assertTrue(relations.contains("addressesTask open-domain chatbot"), relations.toString());
        assertTrue(methodRelations(linked).contains("PLATO-2 usesMethod curriculum learning"), methodRelations(linked).toString());
    }

    @Test
    void termedNameWithAcronymIsProposedWithItsAcronym() {
        LinkedExtraction linked = extract("Avoiding mode collapse in diffusion models fine-tuned with reinforcement learning",
                "Fine-tuning foundation models via reinforcement learning (RL) has proven promising for aligning to downstream objectives. "
                        + "Our approach, termed Hierarchical Reward Fine-tuning (HRF), is validated on the Denoising Diffusion Policy Optimisation method.");
        Mention hrf = linked.extraction().relations().stream()
                .filter(r -> r.type() == RelationType.PROPOSES).map(Relation::object).findFirst().orElseThrow();
        assertEquals("Hierarchical Reward Fine-tuning", hrf.text());
        assertEquals("HRF", hrf.acronym());
        assertEquals(ConceptClass.METHOD, hrf.type());
        assertTrue(paperRelations(linked).contains("usesMethod reinforcement learning"), paperRelations(linked).toString());
    }

    @Test
    void anAcronymResolvesToItsLongFormWithinThePaper() {
        LinkedExtraction linked = extract("Angles of attack",
                "We study reinforcement learning (RL) for reasoning. We show that RL improves the reasoning of small models.");
        List<String> keys = linked.extraction().mentions().stream()
                .filter(m -> m.text().equals("RL")).map(m -> linked.conceptOf(m).key()).toList();
        assertFalse(keys.isEmpty());
        assertTrue(keys.stream().allMatch("reinforcement-learning"::equals), keys.toString());
    }

    @Test
    void weProposeANamedArtifactWithAnAppositive() {
        LinkedExtraction linked = extract("Mind to Hand: Purposeful Robotic Control via Embodied Reasoning",
                "We introduce Lumo-1, a generalist vision-language-action (VLA) model that unifies robot reasoning with robot action.");
        Set<String> relations = paperRelations(linked);
        assertTrue(relations.contains("proposes Lumo-1"), relations.toString());
        assertFalse(relations.stream().anyMatch(r -> r.startsWith("proposes Mind")), relations.toString());
        assertFalse(relations.stream().anyMatch(r -> r.startsWith("proposes vision")), relations.toString());
    }

    @Test
    void negatedAndContrastedMentionsAreNotUses() {
        LinkedExtraction linked = extract("A plain title",
                "We train the policy without reinforcement learning, unlike curriculum learning approaches, using imitation learning from demonstrations.");
        Set<String> relations = paperRelations(linked);
        assertTrue(relations.contains("usesMethod imitation learning"), relations.toString());
        assertFalse(relations.contains("usesMethod reinforcement learning"), relations.toString());
        assertFalse(relations.stream().anyMatch(r -> r.contains("curriculum learning")), relations.toString());
    }

    @Test
    void methodsAndTasksNotInAnyListAreFoundByTheirHeads() {
        LinkedExtraction linked = extract("Improving Imbalanced Text Classification with Dynamic Curriculum Learning",
                "We propose a novel self-paced dynamic curriculum learning (SPDCL) method for imbalanced text classification.");
        Set<String> relations = paperRelations(linked);
        assertTrue(relations.contains("proposes self-paced dynamic curriculum learning"), relations.toString());
        assertTrue(relations.contains("addressesTask imbalanced text classification"), relations.toString());
        assertTrue(relations.contains("usesMethod dynamic curriculum learning"), relations.toString());
    }

    @Test
    void everyRelationCarriesEvidenceOffsetsIntoItsSection() {
        String abstractText = "We evaluate on the ImageNet benchmark and report top-1 accuracy for image classification.";
        LinkedExtraction linked = extract("A title", abstractText);
        assertFalse(linked.extraction().relations().isEmpty());
        for (Relation relation : linked.extraction().relations()) {
            Mention m = relation.object();
            String section = m.section() == Section.TITLE ? "A title" : abstractText;
            assertEquals(m.text(), section.substring(m.charStart(), m.charEnd()));
            assertTrue(m.sentenceText().contains(m.text()));
        }
        Set<String> relations = paperRelations(linked);
        assertTrue(relations.contains("usesDataset ImageNet"), relations.toString()); // the mention is "ImageNet benchmark"
        assertTrue(relations.contains("usesMetric top-1 accuracy"), relations.toString());
        assertTrue(relations.contains("addressesTask image classification"), relations.toString());
    }

    private static Set<String> proposed(LinkedExtraction linked) {
        return paperRelations(linked).stream().filter(r -> r.startsWith("proposes ")).map(r -> r.substring(9))
                .collect(Collectors.toSet());
    }

    @Test
    void aQuantityIsNotACoinedName() {
        LinkedExtraction linked = extract("A plain title",
                "In this paper, we present a novel 3D scene editing approach that keeps geometry consistent.");
        assertTrue(proposed(linked).isEmpty(), proposed(linked).toString());
    }

    @Test
    void whatAProposeVerbBuildsFromOrUponIsNotProposed() {
        LinkedExtraction linked = extract("A plain title",
                "Our system builds upon pre-trained LLMs. We then build road maps directly from GPS traces.");
        assertTrue(proposed(linked).isEmpty(), proposed(linked).toString());
    }

    @Test
    void aCapitalWithACountIsAnAcronym() {
        assertTrue(Names.isAcronym("S3"));
        assertFalse(Names.isAcronym("3D"));
        LinkedExtraction linked = extract("A plain title",
                "We propose Sparse Sample Selection (S3), a method that keeps only informative samples.");
        Mention s3 = linked.extraction().relations().stream()
                .filter(r -> r.type() == RelationType.PROPOSES).map(Relation::object).findFirst().orElseThrow();
        assertEquals("Sparse Sample Selection", s3.text());
        assertEquals("S3", s3.acronym());
    }

    @Test
    void aNameWithItsLongFormInParenthesesIsProposedUnderTheLongForm() {
        LinkedExtraction linked = extract("A plain title",
                "We propose TriBoost (Triple Boosting), an ensemble method for tabular data.");
        Mention triBoost = linked.extraction().relations().stream()
                .filter(r -> r.type() == RelationType.PROPOSES).map(Relation::object).findFirst().orElseThrow();
        assertEquals("Triple Boosting", triBoost.text());
        assertEquals("TriBoost", triBoost.acronym());
    }

    @Test
    void aNameSpelledOutLaterInThePaperResolvesToItsLongForm() {
        LinkedExtraction linked = extract("A plain title",
                "We propose TriBoost, an ensemble method for tabular data. Our approach TriBoost (Triple Boosting) trains three learners.");
        assertEquals(Set.of("triple boosting"), proposed(linked));
        LinkedExtraction unspelled = extract("A plain title",
                "We propose TriBoost, an ensemble method for tabular data. Our approach TriBoost (see below) trains three learners.");
        assertEquals(Set.of("TriBoost"), proposed(unspelled));
    }

    @Test
    void anAcronymsLongFormMayStartWithAParticiple() {
        LinkedExtraction linked = extract("A plain title",
                "We propose a novel framework: Decoupling Attention Heads (DAH) with head pruning, to speed up parsing.");
        Mention dah = linked.extraction().relations().stream()
                .filter(r -> r.type() == RelationType.PROPOSES).map(Relation::object).findFirst().orElseThrow();
        assertEquals("Decoupling Attention Heads", dah.text());
        assertEquals("DAH", dah.acronym());
    }

    @Test
    void aLowerCaseTermAfterANamingCueIsProposed() {
        assertEquals(Set.of("sparse replay tuning"), proposed(extract("A plain title",
                "In this work, we study a variant of instruction tuning, called sparse replay tuning, to adapt small models.")));
        assertEquals(Set.of("gradient-free local training"), proposed(extract("A plain title",
                "We address this with a learning rule, referred to as \"gradient-free local training\".")));
        assertEquals(Set.of("lattice replay sampling"), proposed(extract("A plain title",
                "We speed up learning with a procedure we call lattice replay sampling, where each node is a skill.")));
        assertTrue(proposed(extract("A plain title",
                "We find a threshold in training, which we call the saturation level, after which loss stalls.")).isEmpty());
    }

    @Test
    void namedAsAnAdjectiveNamesNothing() {
        assertTrue(proposed(extract("A plain title",
                "We improve a tagger for named entity recognition.")).isEmpty());
    }

    @Test
    void aNameFollowedByWeMadeItIsProposed() {
        assertTrue(proposed(extract("A plain title",
                "TagNet is trained on the PolyDocs corpus we collected, with labels from experts.")).contains("PolyDocs"));
        assertFalse(proposed(extract("A plain title",
                "TagNet is trained on the PolyDocs corpus, and we report accuracy.")).contains("PolyDocs"));
    }

    @Test
    void aQuotedTermWithItsAcronymInOurOwnWorkIsProposed() {
        Set<String> names = proposed(extract("A plain title",
                "We then train with search, i.e. we use 'Search from Tree Feedback' (STF) to rank answers."));
        assertTrue(names.stream().anyMatch(n -> n.equalsIgnoreCase("search from tree feedback")), names.toString());
        assertTrue(proposed(extract("A plain title",
                "Earlier systems used 'Search from Tree Feedback' (STF) to rank answers.")).isEmpty());
    }

    @Test
    void theNamedPartsOfAProposedArtifactAreProposed() {
        Set<String> names = proposed(extract("A plain title",
                "We propose GraphPilot, a planning framework. GraphPilot consists of two modules: Route-Finder and Route-Checker."));
        assertTrue(names.containsAll(Set.of("GraphPilot", "route-finder", "route-checker")), names.toString());
        Set<String> part = proposed(extract("A plain title",
                "We propose GraphPilot, a planning framework. GraphPilot leverages a token-aware graph router (TGR) module to plan."));
        assertTrue(part.stream().anyMatch(n -> n.equalsIgnoreCase("token-aware graph router")), part.toString());
        Set<String> used = proposed(extract("A plain title",
                "We propose GraphPilot, a planning framework. GraphPilot leverages GPT-4 and a graph neural network (GNN) to plan."));
        assertEquals(Set.of("GraphPilot"), used);
        Set<String> others = proposed(extract("A plain title",
                "We propose GraphPilot, a planning framework. BaseNet consists of two modules: Route-Finder and Route-Checker."));
        assertEquals(Set.of("GraphPilot"), others);
    }

    @Test
    void aPhraseAboutAKnownAcronymOrWhatAFrameworkActsOnIsNoNewName() {
        Set<String> names = proposed(extract("A plain title",
                "We present a framework bridging Supervised Fine-Tuning (SFT) and preference learning. "
                        + "We also derive new SFT objectives from divergences."));
        assertTrue(names.isEmpty(), names.toString());
        Set<String> kind = proposed(extract("A plain title",
                "Reinforcement learning (RL) trains agents from rewards. We present Cooperative RL, which shares critics."));
        assertTrue(kind.stream().anyMatch(n -> n.equalsIgnoreCase("cooperative RL")), kind.toString());
    }

    @Test
    void aMethodOthersWorkTakesUpIsNotUsed() {
        Set<String> relations = relationsOf("Recent works use approaches like knowledge distillation to copy larger models. We study scaling laws.");
        assertFalse(relations.contains("usesMethod knowledge distillation"), relations.toString());
        Set<String> own = relationsOf("Recent works use larger models. We apply knowledge distillation to copy them.");
        assertTrue(own.contains("usesMethod knowledge distillation"), own.toString());
    }

    @Test
    void aQuantityIsNoDatasetNameNorAModelAndTheWordTaskAfterATaskAddsNothing() {
        Set<String> relations = relationsOf("We conduct experiments on 7B and 32B models in math reasoning tasks.");
        assertEquals(Set.of("addressesTask mathematical reasoning"), relations); // "math reasoning" is a vocabulary alias
        // a kind of task, though the tagger reads "long-horizon" as a noun; a named activity keeps the modifier
        Set<String> kind = relationsOf("Our agent solves long-horizon tasks and long-horizon manipulation.");
        assertEquals(Set.of("addressesTask long-horizon manipulation"), ofType(kind, "addressesTask"));
    }

    @Test
    void degreeWordsAreNotPartOfAMetricOrTask() {
        Set<String> relations = relationsOf("Our detector achieves high test accuracy with a constant learning rate. "
                        + "We study how distinct tasks interfere in continual learning, so that old tasks are kept while "
                        + "incoming tasks are learned.");
        assertTrue(relations.contains("usesMetric test accuracy"), relations.toString());
        assertTrue(relations.contains("usesMethod continual learning"), relations.toString());
        assertTrue(relations.stream().noneMatch(r -> r.contains("high") || r.contains("distinct") || r.contains("rate")
                || r.contains("old") || r.contains("incoming")), relations.toString());
    }

    @Test
    void describedDataIsNoDatasetButANamedOneIsOneConceptWithOrWithoutTheWordDataset() {
        LinkedExtraction linked = extract("A plain title",
                "We train our model on a large synthetic dataset and a training corpus, and evaluate it on the OphVL dataset. "
                        + "Our model outperforms baselines on OphVL.");
        Set<String> datasets = ofType(paperRelations(linked), "usesDataset");
        assertEquals(Set.of("usesDataset OphVL"), datasets);
    }

    @Test
    void aLowerCaseMapIsNoMetricButMapIs() {
        Set<String> relations = relationsOf("We visualise the cross-attention maps of our model and report mAP on COCO.");
        assertTrue(relations.stream().noneMatch(r -> r.contains("attention map")), relations.toString());
        assertTrue(relations.stream().anyMatch(r -> r.startsWith("usesMetric") && r.toLowerCase().contains("mean average precision")
                || r.equals("usesMetric mAP")), relations.toString());
    }

    @Test
    void aDistributionIsNoMethodAndProcessAfterAMethodAddsNothing() {
        Set<String> relations = relationsOf("We analyse how the training process shifts the data distribution. "
                        + "We then apply a two-stage learning process to our detector.");
        assertEquals(Set.of("usesMethod two-stage learning"), relations);
    }

    @Test
    void aTaskWordAfterAKindOrAGenericActivityNamesNoTaskButAfterANamedActivityItAddsNothing() {
        Set<String> relations = relationsOf("Our agent solves everyday tasks, robot tasks, reasoning tasks and machine learning tasks. "
                        + "It also solves cable routing tasks and the trajectory tracking problem, and the XOR problem.");
        Set<String> tasks = ofType(relations, "addressesTask");
        assertEquals(Set.of("addressesTask cable routing", "addressesTask trajectory tracking", "addressesTask XOR problem"), tasks);
    }

    @Test
    void howAnActivityIsDoneAndWhichOneComesNextAreNotPartOfATask() {
        Set<String> relations = relationsOf("We study real-time generation, automatic discovery and the next task. "
                        + "Our model improves enhanced mathematical reasoning and next sentence prediction.");
        Set<String> tasks = ofType(relations, "addressesTask");
        assertEquals(Set.of("addressesTask mathematical reasoning", "addressesTask next sentence prediction"), tasks);
    }

    @Test
    void aVerbReadAsPartOfAPhraseEndsIt() {
        Set<String> relations = relationsOf("We introduce CoARL, a novel framework enhancing counterspeech generation. "
                        + "We show that curriculum learning enables generalization to harder puzzles.");
        assertTrue(relations.contains("addressesTask counterspeech generation"), relations.toString());
        assertTrue(relations.contains("usesMethod curriculum learning"), relations.toString());
        assertTrue(relations.stream().noneMatch(r -> r.contains("framework enhancing") || r.contains("enables")),
                relations.toString());
    }

    @Test
    void whatAFrameworkBridgesIsNotProposed() {
        LinkedExtraction linked = extract("A plain title",
                "We present a unified theoretical framework bridging Supervised Fine-Tuning (SFT) and preference learning.");
        assertTrue(paperRelations(linked).stream().noneMatch(r -> r.startsWith("proposes")), paperRelations(linked).toString());
    }

    @Test
    void methodOrApproachAfterAMethodAddsNothingAndARoleOrSizeNamesNoMethod() {
        Set<String> relations = relationsOf("We fine-tune the base model and small models with RL methods and the GRPO approach. "
                        + "An RL-based approach and a deep learning technique are our baselines.");
        Set<String> methods = ofType(relations, "usesMethod");
        assertTrue(methods.contains("usesMethod reinforcement learning"), methods.toString());
        assertTrue(methods.contains("usesMethod group relative policy optimization"), methods.toString()); // GRPO, by the vocabulary
        assertTrue(methods.contains("usesMethod deep learning"), methods.toString());
        assertTrue(methods.contains("usesMethod RL-based approach"), methods.toString()); // "RL-based" alone is no method
        assertTrue(methods.stream().noneMatch(r -> r.contains("base model") || r.contains("small model")
                || r.endsWith(" method") || r.endsWith("technique")), methods.toString());
    }

    @Test
    void aGerundBeforeItsObjectAndAttentionAsInterestAreNotPartOfAMethod() {
        Set<String> relations = relationsOf("Diffusion models have gained significant attention. "
                        + "We find that training dexterous manipulation policies with curriculum learning is stable.");
        assertTrue(relations.contains("usesMethod dexterous manipulation policy"), relations.toString());
        assertTrue(relations.stream().noneMatch(r -> r.contains("attention") || r.contains("training dexterous")),
                relations.toString());
    }

    @Test
    void aMakingVerbAfterAModalOrANounsToIsNoProposalButAfterUsToItIs() {
        LinkedExtraction asked = extract("A plain title",
                "How can we build AutoSys agents that follow intent? This improves our ability to build XNet-2 systems.");
        assertTrue(proposed(asked).isEmpty(), proposed(asked).toString());
        LinkedExtraction stated = extract("A plain title",
                "These insights allow us to propose XNet-2, a method for image editing.");
        assertEquals(Set.of("XNet-2"), proposed(stated));
    }

    @Test
    void aParticipleAfterANameStartsAClause() {
        LinkedExtraction linked = extract("A plain title",
                "We build HannesDataset comprising grasping demonstrations.");
        assertEquals(Set.of("HannesDataset"), proposed(linked));
    }

    @Test
    void anAlternativeIsNoKindAndTrainingAnAcronymIsUsingIt() {
        LinkedExtraction linked = extract("A plain title",
                "Alternative approaches such as knowledge distillation exist. We report a thorough analysis of training LLMs.");
        Set<String> relations = paperRelations(linked);
        assertTrue(relations.contains("usesMethod large language model"), relations.toString());
        assertTrue(relations.stream().noneMatch(r -> r.contains("training LLM") || r.contains("analysis")), relations.toString());
        assertTrue(methodRelations(linked).stream().noneMatch(r -> r.contains("alternative")), methodRelations(linked).toString());
    }

    @Test
    void anAcronymAfterANameSaysWhereItsLongFormBegins() {
        LinkedExtraction titled = extract("Paired Open-Ended Trailblazer (POET): Endlessly Generating Environments",
                "POET produces diverse behaviors.");
        assertEquals(Set.of("paired open-ended trailblazer"), proposed(titled));
        LinkedExtraction cut = extract("A plain title",
                "In this paper, we introduce Mine Your Own vieW (MYOW), a new approach for self-supervised learning.");
        assertEquals(Set.of("mine your own vieW"), proposed(cut));
    }

    @Test
    void aDegreeOfAQualityAloneIsNoMetric() {
        Set<String> relations = relationsOf("Our renderer reaches high-fidelity on the Replica benchmark, and we report its visual fidelity.");
        assertEquals(Set.of("usesMetric visual fidelity"), ofType(relations, "usesMetric"));
    }

    @Test
    void aPhraseSpellingOutAnAcronymNamesAMethodNotATask() {
        LinkedExtraction linked = extract("A plain title",
                "We study DIstribution correction estimation for offline reinforcement learning.");
        Set<String> relations = paperRelations(linked);
        assertTrue(relations.contains("usesMethod DIstribution correction estimation"), relations.toString());
        assertTrue(ofType(relations, "addressesTask").stream().noneMatch(r -> r.contains("correction")), relations.toString());
    }
}
