package org.papergraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * Turns a sentence into the token sequence the CRF reads, the same way for training and tagging.
 * SciERC writes brackets as Penn Treebank escapes (-LRB-) while the production tokenizer keeps "(",
 * so words are brought to one form before any feature sees them.
 */
public final class CrfTokens {

    /** The label of tokens outside any entity. */
    public static final String OUTSIDE = "O";

    private static final Map<String, String> ESCAPES = Map.of("-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]",
            "-LCB-", "{", "-RCB-", "}", "``", "\"", "''", "\"");

    private CrfTokens() {
    }

    public static List<CoreLabel> of(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>(sentence.size());
        for (Token token : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            String word = normalize(token.word());
            label.setWord(word);
            label.setValue(word);
            label.setTag(token.pos());
            label.setLemma(token.lemma() == null ? word : token.lemma());
            label.set(CoreAnnotations.AnswerAnnotation.class, OUTSIDE);
            labels.add(label);
        }
        return labels;
    }

    public static String normalize(String word) {
        return ESCAPES.getOrDefault(word, word);
    }
}
