package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/** Hand-made annotated sentences for rule tests: "word/POS word/POS ...", words joined by single spaces. */
final class Sentences {

    private Sentences() {
    }

    static Sentence of(String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : tagged.split(" ")) {
            int slash = item.lastIndexOf('/');
            String word = item.substring(0, slash);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            tokens.add(new Token(word, word.toLowerCase(java.util.Locale.ROOT), item.substring(slash + 1), begin, text.length()));
        }
        return new Sentence(0, text.toString(), 0, text.length(), tokens);
    }

    static AnnotatedText text(String tagged) {
        Sentence sentence = of(tagged);
        return new AnnotatedText(sentence.text(), List.of(sentence));
    }
}
