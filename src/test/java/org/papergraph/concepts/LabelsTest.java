package org.papergraph.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.Token;

/** Canonical labels and keys: one concept, one node, whatever the spelling. */
class LabelsTest {

    private static Token token(String word, String lemma, String pos) {
        return new Token(word, lemma, pos, 0, word.length());
    }

    @Test
    void pluralHeadsAreSingularAndCaseIsFoldedExceptForNames() {
        assertEquals("diffusion model", Labels.canonicalLabel(List.of(token("Diffusion", "Diffusion", "NNP"), token("models", "model", "NNS"))));
        assertEquals("PLATO-2", Labels.canonicalLabel(List.of(token("PLATO-2", "PLATO-2", "NNP"))));
        assertEquals("GPT-4 model", Labels.canonicalLabel(List.of(token("GPT-4", "GPT-4", "NNP"), token("models", "model", "NNS"))));
        assertEquals("BLEU", Labels.canonicalLabel(List.of(token("BLEU", "BLEU", "NNP"))));
        assertEquals("LLM", Labels.canonicalLabel(List.of(token("LLMs", "LLMs", "NNS"))));
        assertEquals("open-domain chatbot", Labels.canonicalLabel(List.of(token("Open-Domain", "Open-Domain", "JJ"), token("Chatbot", "Chatbot", "NN"))));
        assertEquals("traffic data", Labels.canonicalLabel(List.of(token("traffic", "traffic", "NN"), token("data", "datum", "NNS"))));
        assertEquals("mixture-of-experts", Labels.canonicalLabel(List.of(token("Mixture-of-Experts", "Mixture-of-Expert", "NNS"))));
    }

    @Test
    void keysFoldCaseHyphensSpacingAndBoundPrefixes() {
        assertEquals(Labels.key("fine-tuning"), Labels.key("fine tuning"));
        assertEquals(Labels.key("fine-tuning"), Labels.key("finetuning"));
        assertEquals(Labels.key("Fine-Tuning"), Labels.key("FINETUNING"));
        assertEquals(Labels.key("pre-training"), Labels.key("pretraining"));
        assertEquals(Labels.key("self-supervised learning"), Labels.key("self supervised learning"));
        assertEquals(Labels.key("data set"), Labels.key("dataset"));
        assertEquals(Labels.key("CIFAR-100"), Labels.key("CIFAR100"));
        assertEquals(Labels.key("Llama 2"), Labels.key("Llama2"));
        assertEquals("gpt-4o", Labels.key("GPT-4o"));
        // Paper identifiers are opaque: their IRIs keep letters and digits together, as in earlier builds.
        assertEquals("t4a1c934d3d98f3ce", Labels.idKey("t4a1c934d3d98f3ce"));
        assertEquals("arxiv-1706-03762", Labels.idKey("arXiv:1706.03762"));
        assertEquals(Labels.key("ﬁne-tuning"), Labels.key("fine-tuning"), "Unicode compatibility forms (the fi ligature) fold");
        assertNotEquals(Labels.key("curriculum learning"), Labels.key("continual learning"));
    }

    @Test
    void keysAreSafeInIrisAndBounded() {
        for (String label : List.of("x\" } ; DROP ALL ; #", "<script>alert(1)</script>", "!!!", "学习 方法", "a".repeat(500))) {
            String key = Labels.key(label);
            assertTrue(key.matches("[\\p{L}\\p{N}-]+"), key);
            assertTrue(key.length() <= 80, key);
        }
    }

    @Test
    void lookupKeysLetQueriesFindEverySpelling() {
        assertTrue(Labels.lookupKeys("fine-tuning").contains("fine tuning"));
        assertTrue(Labels.lookupKeys("fine-tuning").contains("finetuning"));
        assertEquals("curriculum learning", Labels.lookupKey(" Curriculum-Learning "));
        assertTrue(Labels.lookupKeys("CIFAR-100").containsAll(java.util.Set.of("cifar 100", "cifar100")));
    }

    @Test
    void aDatasetNameDropsTheWordDatasetButADescriptionKeepsIt() {
        List<Token> named = List.of(token("OphVL", "OphVL", "NNP"), token("dataset", "dataset", "NN"));
        assertEquals("OphVL", Labels.canonicalLabel(Labels.datasetName(named)));
        List<Token> benchmark = List.of(token("GAIA", "GAIA", "NNP"), token("benchmark", "benchmark", "NN"));
        assertEquals("GAIA", Labels.canonicalLabel(Labels.datasetName(benchmark)));
        List<Token> kind = List.of(token("image", "image", "NN"), token("classification", "classification", "NN"),
                token("dataset", "dataset", "NN"));
        assertEquals("image classification dataset", Labels.canonicalLabel(Labels.datasetName(kind)));
        List<Token> alone = List.of(token("dataset", "dataset", "NN"));
        assertEquals(alone, Labels.datasetName(alone));
    }
}
