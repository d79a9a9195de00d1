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
        return tokens().stream().anyMatch(t -> Names.isCoinedName(t.word()));
    }

    /** This phrase as a mention of a concept of the given class, with its offsets in the sentence's text. */
    Mention mention(ConceptClass type, Section section, String acronym) {
        List<Token> tokens = tokens();
        return new Mention(text(), type, section, sentence.index(), sentence.text(), tokens.get(0).begin(),
                tokens.get(tokens.size() - 1).end(), tokens, acronym);
    }
}
