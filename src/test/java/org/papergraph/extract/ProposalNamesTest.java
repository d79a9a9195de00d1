package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.papergraph.nlp.Sentence;

/** Pins how a proposed artifact's phrase is cut to its name, and how a title spells out a name. */
class ProposalNamesTest {

    @Test
    void descriptorsAroundACoinedNameAreNotPartOfIt() {
        Sentence s = Sentences.of("a/DT multimodal/JJ reasoning/NN model/NN Infi-MMR-3B/NNP");
        assertEquals("Infi-MMR-3B", ProposalNames.nameOf(new Chunk(s, 1, 5)).text());
        Sentence schema = Sentences.of("the/DT SCHEMA/NNP model/NN");
        assertEquals("SCHEMA", ProposalNames.nameOf(new Chunk(schema, 1, 3)).text());
    }

    @Test
    void aPhraseWithoutACoinedNameOnlyLosesLeadingAndTrailingDescriptors() {
        Sentence s = Sentences.of("framework/NN hierarchical/JJ reward/NN shaping/NN");
        assertEquals("hierarchical reward shaping", ProposalNames.nameOf(new Chunk(s, 0, 4)).text());
    }

    @Test
    void aTitleSubtitleThatSpellsTheNameIsItsLongForm() {
        Sentence title = Sentences.of("SAAS/NNP :/: Solving/VBG Ability/NN Amplification/NN Strategy/NN for/IN Reasoning/NN");
        assertEquals("Solving Ability Amplification Strategy", ProposalNames.longFormAfter(title, 2, "SAAS").orElseThrow().text());
        Sentence capitals = Sentences.of("SCHEMA/NNP :/: State/NN CHangEs/NNS MAtter/VBP for/IN Planning/NN");
        assertEquals("State CHangEs MAtter", ProposalNames.longFormAfter(capitals, 2, "SCHEMA").orElseThrow().text());
    }

    @Test
    void aCamelCaseNameIsSpelledByItsCapitals() {
        Sentence s = Sentences.of("Cascade/NNP Prompt/NNP Learning/NNP CasPL/NNP framework/NN");
        assertEquals("Cascade Prompt Learning", ProposalNames.longFormAfter(s, 0, "CasPL").orElseThrow().text());
    }

    @Test
    void quantitiesAreNotNames() {
        Sentence s = Sentences.of("an/DT egocentric/JJ 4D/NN dataset/NN");
        assertEquals("egocentric 4D", ProposalNames.nameOf(new Chunk(s, 1, 4)).text());
    }

    @Test
    void aSubtitleThatDoesNotSpellTheNameIsNoLongForm() {
        Sentence title = Sentences.of("PLATO-2/NNP :/: Towards/IN Building/VBG an/DT Open-Domain/JJ Chatbot/NN");
        assertTrue(ProposalNames.longFormAfter(title, 2, "PLATO-2").isEmpty());
    }

    @Test
    void aLongFormInParenthesesAfterANameSpellsItByWordBeginnings() {
        Sentence s = Sentences.of("we/PRP propose/VBP GraphMix/NNP (/-LRB- Graph/NN Mixing/NN )/-RRB- ,/, a/DT method/NN");
        assertEquals("Graph Mixing", ProposalNames.longFormInParentheses(s, 3, "GraphMix").orElseThrow().text());
        Sentence hyphen = Sentences.of("we/PRP introduce/VBP DynTok-PPO/NNP (/-LRB- Dynamic/JJ Token/NN PPO/NNP )/-RRB-");
        assertEquals("Dynamic Token PPO", ProposalNames.longFormInParentheses(hyphen, 3, "DynTok-PPO").orElseThrow().text());
    }

    @Test
    void parenthesesThatDoNotSpellTheNameAreNoLongForm() {
        Sentence aside = Sentences.of("we/PRP propose/VBP GraphMix/NNP (/-LRB- see/VB Section/NN two/CD )/-RRB-");
        assertTrue(ProposalNames.longFormInParentheses(aside, 3, "GraphMix").isEmpty());
        Sentence other = Sentences.of("we/PRP propose/VBP GraphMix/NNP (/-LRB- Fast/JJ Tree/NN Search/NN )/-RRB-");
        assertTrue(ProposalNames.longFormInParentheses(other, 3, "GraphMix").isEmpty());
    }

    @Test
    void theLongFormBeforeAnAcronymMayStartWithAParticiple() {
        Sentence s = Sentences.of("a/DT framework/NN :/: Decoupling/VBG Attention/NNP Heads/NNP (/-LRB- DAH/NNP )/-RRB- for/IN parsing/NN");
        assertEquals("Decoupling Attention Heads", ProposalNames.longFormBefore(s, 6, "DAH").orElseThrow().text());
        Sentence hyphens = Sentences.of("an/DT error-aware/JJ cost-sensitive/JJ tree/NN search/NN (/-LRB- EC-TS/NNP )/-RRB-");
        assertEquals("error-aware cost-sensitive tree search", ProposalNames.longFormBefore(hyphens, 5, "EC-TS").orElseThrow().text());
        Sentence article = Sentences.of("we/PRP propose/VBP the/DT A/DT Tree/NN is/VBZ All/DT You/PRP Need/VBP (/-LRB- T-AYN/NNP )/-RRB- method/NN");
        assertEquals("A Tree is All You Need", ProposalNames.longFormBefore(article, 9, "T-AYN").orElseThrow().text());
        Sentence lower = Sentences.of("we/PRP propose/VBP a/DT Tree/NN Search/NN (/-LRB- TS/NNP )/-RRB-");
        assertEquals("Tree Search", ProposalNames.longFormBefore(lower, 5, "TS").orElseThrow().text());
        Sentence unrelated = Sentences.of("the/DT results/NNS of/IN Wang/NNP (/-LRB- DAH/NNP )/-RRB-");
        assertTrue(ProposalNames.longFormBefore(unrelated, 4, "DAH").isEmpty());
    }
}
