package org.papergraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Word shapes: a coined name keeps its case, a quantity names nothing. */
class WordShapeTest {

    @Test
    void aNumberWithAUnitLetterOrARangeOfThemIsAQuantity() {
        for (String quantity : new String[] {"7B", "1.5B", "3D", "4K", "10x", "10-100x", "1.3-2x", "23.4B-token", "7B-parameter"}) {
            assertTrue(WordShape.isQuantity(quantity), quantity);
        }
        for (String name : new String[] {"GPT-4", "PLATO-2", "R3", "Llama2", "DexGen", "CIFAR-100"}) {
            assertFalse(WordShape.isQuantity(name), name);
            assertTrue(WordShape.isCoinedName(name), name);
        }
    }
}
