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
}
