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
}
