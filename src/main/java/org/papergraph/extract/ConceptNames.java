package org.papergraph.extract;

import java.util.Optional;
import java.util.Set;
import org.papergraph.nlp.Sentence;

/**
 * The name a span gives its concept, for spans found other than by the noun-phrase chunker (the SciERC
 * tagger's): the same hygiene as the rule layer's phrases, so that both layers name concepts alike.
 * Leading evaluative words are left out ("a novel", "high"), a trailing "task" or "process" that adds
 * nothing is dropped, and a span that names nothing ("this model", "a large dataset") gives no concept.
 */
final class ConceptNames {

    /** Tags of words that start no name: conjunctions, determiners, possessives, punctuation. */
    private static final Set<String> FUNCTION_TAGS = Set.of("CC", "DT", "PDT", "PRP$", "POS", ",", ":", "``", "''");

    private ConceptNames() {
    }

    private static boolean bracketsBalance(Chunk chunk) {
        int depth = 0;
        for (var token : chunk.tokens()) {
            String word = token.word();
            if (word.equals("(") || word.equals("[") || word.equals("-LRB-") || word.equals("-LSB-")) {
                depth++;
            } else if (word.equals(")") || word.equals("]") || word.equals("-RRB-") || word.equals("-RSB-")) {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    static Optional<Chunk> name(Chunk span, ConceptClass type) {
        Sentence sentence = span.sentence();
        int start = span.from();
        // "a large-scale and comprehensive collection": the words before the name go, joiners included
        while (start < span.to() && (FUNCTION_TAGS.contains(sentence.token(start).pos())
                || NounPhraseChunker.isEvaluative(sentence.token(start)))) {
            start++;
        }
        if (start == span.to()) {
            return Optional.empty();
        }
        Chunk chunk = new Chunk(span.sentence(), start, span.to());
        if (!bracketsBalance(chunk)) {
            return Optional.empty(); // "exploratory optimization of reasoning ) combines preference optimization"
        }
        // A word alone that the tagger read as a metric ("accuracy", "precision") is one.
        boolean metricWord = type == ConceptClass.METRIC && chunk.length() == 1;
        return NamelessPhrases.namesNothing(chunk) && !metricWord ? Optional.empty() : Optional.of(HeadLexicon.withoutRedundantHead(chunk));
    }
}
