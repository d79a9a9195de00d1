package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.AnnotatedText;

/** Pins which family mentions make a paper use the family, and where the evidence points. */
class FamilyUsesTest {

    private final FamilyUses families = new FamilyUses();
    private final AnnotatedText noTitle = new AnnotatedText("", List.of());

    private List<String> used(String tagged) {
        return families.find(noTitle, Sentences.text(tagged)).stream().map(r -> familyOf(r.object())).toList();
    }

    /** The family a mention names: its tokens are the family label's words. */
    private static String familyOf(Mention mention) {
        return String.join(" ", mention.tokens().stream().map(org.papergraph.nlp.Token::word).toList());
    }

    @Test
    void aMemberMethodMeansItsFamily() {
        assertEquals(List.of("reinforcement learning"),
                used("We/PRP train/VBP the/DT policy/NN with/IN GRPO/NNP ./."));
    }

    @Test
    void negatedOrContrastedMentionsAreNotUses() {
        assertEquals(List.of(), used("We/PRP learn/VBP from/IN feedback/NN without/IN RL/NNP ./."));
        assertEquals(List.of(), used("Unlike/IN curriculum/NN learning/NN ,/, we/PRP sample/VBP uniformly/RB ./."));
    }

    @Test
    void aFamilyWordInsideAModelsNameIsNoUseButANameStartingWithItIs() {
        assertEquals(List.of(), used("We/PRP evaluate/VBP DeepSeek-R1-Distill-Qwen-1.5B/NNP on/IN math/NN ./.").stream()
                .filter(f -> f.equals("knowledge distillation")).toList());
        assertEquals(List.of("reinforcement learning"), used("an/DT RL-based/JJ planner/NN"));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of(), used("a/DT gan/NN of/IN workers/NNS"));
        assertEquals(List.of("generative adversarial network"), used("a/DT GAN/NNP generates/VBZ images/NNS"));
    }

    @Test
    void theEvidencePointsAtTheMemberAsWritten() {
        Relation relation = families.find(noTitle, Sentences.text("We/PRP apply/VBP instruction/NN tuning/NN ./.")).get(0);
        assertEquals("instruction tuning", relation.object().text());
        assertEquals("fine-tuning", familyOf(relation.object()));
        assertEquals(9, relation.object().charStart());
        assertEquals(27, relation.object().charEnd());
        assertEquals(FamilyUses.RULE, relation.rule());
    }

    @Test
    void whatOthersWorkTakesUpIsNotAUse() {
        assertEquals(List.of(), used("Recent/JJ works/NNS use/VBP approaches/NNS like/IN knowledge/NN distillation/NN ./."));
        assertEquals(List.of(), used("Distillation/NN is/VBZ an/DT extensively/RB studied/VBN method/NN ./."));
        assertEquals(List.of("knowledge distillation"),
                used("Recent/JJ works/NNS use/VBP distillation/NN ,/, and/CC we/PRP distill/VBP too/RB ./."));
    }

    @Test
    void theFieldOrWhatOthersExploreStillCounts() {
        assertEquals(List.of("reinforcement learning"),
                used("Prior/JJ work/NN in/IN reinforcement/NN learning/NN needs/VBZ rewards/NNS ./."));
        assertEquals(List.of("large language model"),
                used("Recent/JJ efforts/NNS explore/VBP large/JJ language/NN models/NNS for/IN decoding/NN ./."));
    }

    @Test
    void knowledgeTakenFromATeacherIsDistillation() {
        assertEquals(List.of("knowledge distillation"),
                used("The/DT prompt/NN extracts/VBZ knowledge/NN from/IN a/DT larger/JJR teacher/NN model/NN ./."));
        assertEquals(List.of(), used("A/DT teacher/NN algorithm/NN picks/VBZ tasks/NNS for/IN a/DT student/NN ./."));
        assertEquals(List.of(), used("A/DT pre-trained/JJ teacher/NN network/NN labels/VBZ the/DT data/NNS ./."));
    }
}
