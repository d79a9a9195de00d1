package org.papergraph.nlp;

import java.util.List;

/** A sentence: its index in the text, its own text, its character span in the text, and its tokens. */
public record Sentence(int index, String text, int begin, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The exact text covered by tokens [from, to). */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).begin() - begin, tokens.get(to - 1).end() - begin);
    }
}
