package org.papergraph.extract;

import java.util.List;
import org.papergraph.nlp.Token;

/**
 * A span of the title or abstract that names a concept.
 *
 * @param text       the surface text as written
 * @param type       the concept class this reading gives it
 * @param section    title or abstract
 * @param sentence   index of the sentence in its section
 * @param sentenceText the sentence, the evidence a reader sees
 * @param charStart  offset of the first character in the section's text
 * @param charEnd    offset after the last character
 * @param tokens     the tokens covered (lemmas and parts of speech feed normalization)
 * @param acronym    the acronym defined for it in parentheses right after it ("reinforcement learning (RL)"), else null
 */
public record Mention(String text, ConceptClass type, Section section, int sentence, String sentenceText,
                      int charStart, int charEnd, List<Token> tokens, String acronym) {

    public Mention {
        tokens = List.copyOf(tokens);
    }

    public Mention withType(ConceptClass newType) {
        return new Mention(text, newType, section, sentence, sentenceText, charStart, charEnd, tokens, acronym);
    }

    public boolean sameSpan(Mention other) {
        return section == other.section && charStart == other.charStart && charEnd == other.charEnd;
    }
}
