package org.papergraph.nlp;

/** A token with its character offsets in the annotated text (end exclusive). */
public record Token(String word, String lemma, String pos, int begin, int end) {

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
