package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.Sentence;

/** Pins each span rule on a sentence, with the tagger's output given by hand. */
class SpanRulesTest {

    @Test
    void acronymDefinitionTypesTheAcronymHereAndLater() {
        SpanRules rules = new SpanRules(EnumSet.of(SpanRule.ACRONYM_DEFINITION));
        SpanRules.DocumentState state = rules.newDocument();
        Sentence definition = Sentences.of("We/PRP use/VBP conditional/JJ random/JJ fields/NNS (/-LRB- CRFs/NNS )/-RRB- ./.");
        List<SciSpan> tagged = List.of(new SciSpan(2, 5, SciType.METHOD));
        assertEquals(List.of(new SciSpan(2, 5, SciType.METHOD), new SciSpan(6, 7, SciType.METHOD)),
                rules.apply(definition, tagged, state));

        Sentence later = Sentences.of("CRF/NN outperforms/VBZ HMMs/NNS ./.");
        assertEquals(List.of(new SciSpan(0, 1, SciType.METHOD)), rules.apply(later, List.of(new SciSpan(0, 1, SciType.TASK)), state));
    }

    @Test
    void aParenthesisedWordThatDoesNotAbbreviateIsNoAcronym() {
        SpanRules rules = new SpanRules(EnumSet.of(SpanRule.ACRONYM_DEFINITION));
        Sentence sentence = Sentences.of("a/DT parsing/NN model/NN (/-LRB- HMM/NN )/-RRB-");
        List<SciSpan> tagged = List.of(new SciSpan(1, 3, SciType.METHOD));
        assertEquals(tagged, rules.apply(sentence, tagged, rules.newDocument()));
    }

    @Test
    void aNamedDatasetAfterOnTheIsOneMaterialSpan() {
        SpanRules rules = new SpanRules(EnumSet.of(SpanRule.DATASET_PHRASE));
        Sentence sentence = Sentences.of("Results/NNS on/IN the/DT Penn/NNP Treebank/NNP corpus/NN show/VBP gains/NNS");
        List<SciSpan> tagged = List.of(new SciSpan(3, 5, SciType.METHOD));
        assertEquals(List.of(new SciSpan(3, 6, SciType.MATERIAL)), rules.apply(sentence, tagged, rules.newDocument()));
    }

    @Test
    void anUnnamedDatasetIsLeftAlone() {
        SpanRules rules = new SpanRules(EnumSet.of(SpanRule.DATASET_PHRASE));
        Sentence sentence = Sentences.of("on/IN the/DT new/JJ dataset/NN");
        assertEquals(List.of(), rules.apply(sentence, List.of(), rules.newDocument()));
    }

    @Test
    void whatFollowsInTermsOfIsAMetric() {
        SpanRules rules = new SpanRules(EnumSet.of(SpanRule.IN_TERMS_OF));
        Sentence sentence = Sentences.of("better/JJR in/IN terms/NNS of/IN word/NN error/NN rate/NN");
        List<SciSpan> tagged = List.of(new SciSpan(4, 7, SciType.OTHER_SCIENTIFIC_TERM));
        assertEquals(List.of(new SciSpan(4, 7, SciType.METRIC)), rules.apply(sentence, tagged, rules.newDocument()));
    }

    @Test
    void aSpanAcrossAParenthesisedAcronymIsSplit() {
        SpanRules rules = new SpanRules(EnumSet.of(SpanRule.SPLIT_PARENTHESES));
        Sentence sentence = Sentences.of("use/VB conditional/JJ random/JJ fields/NNS -LRB-/-LRB- CRFs/NNS -RRB-/-RRB- here/RB");
        List<SciSpan> tagged = List.of(new SciSpan(1, 6, SciType.METHOD));
        assertEquals(List.of(new SciSpan(1, 4, SciType.METHOD), new SciSpan(5, 6, SciType.METHOD)),
                rules.apply(sentence, tagged, rules.newDocument()));
    }

    @Test
    void aRepeatedPhraseIsTaggedLikeItsFirstMention() {
        SpanRules rules = new SpanRules(EnumSet.of(SpanRule.REPEATED_PHRASE));
        SpanRules.DocumentState state = rules.newDocument();
        rules.apply(Sentences.of("machine/NN translation/NN is/VBZ hard/JJ"), List.of(new SciSpan(0, 2, SciType.TASK)), state);
        assertEquals(List.of(new SciSpan(1, 3, SciType.TASK)),
                rules.apply(Sentences.of("for/IN Machine/NN translation/NN"), List.of(), state));
    }

    @Test
    void disabledRulesChangeNothing() {
        SpanRules rules = new SpanRules(EnumSet.noneOf(SpanRule.class));
        Sentence sentence = Sentences.of("better/JJR in/IN terms/NNS of/IN accuracy/NN");
        List<SciSpan> tagged = List.of(new SciSpan(4, 5, SciType.GENERIC));
        assertEquals(tagged, rules.apply(sentence, tagged, rules.newDocument()));
    }
}
