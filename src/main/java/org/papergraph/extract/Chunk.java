package org.papergraph.extract;

import java.util.List;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/** A candidate noun phrase: tokens [from, to) of a sentence. */
record Chunk(Sentence sentence, int from, int to) {

    Token head() {
        return sentence.token(to - 1);
    }

    List<Token> tokens() {
        return sentence.tokens().subList(from, to);
    }

    String text() {
        return sentence.span(from, to);
    }

    int length() {
        return to - from;
    }

    /**
     * True for names such as PLATO-2, GPT-4, EV-WSSS, DexTrack, LLMs: capitals after the first letter, or digits
     * with letters; a quantity ("7B" in "experiments on 7B and 32B models") is no name.
     */
    boolean isNameLike() {
        return tokens().stream().anyMatch(t -> ProposalNames.isCoinedName(t.word()));
    }
}
